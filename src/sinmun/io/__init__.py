"""Reading inputs and writing records for batch runs."""
