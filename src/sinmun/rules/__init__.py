"""Rule families: the Korean-news knowledge of sinmun, kept as named data.

One module per family; each exposes small pure functions over a line's text:

- ``text``       character-level features: Hangul share, sentence endings, headline shape
- ``furniture``  site furniture: share/print/comment buttons, skip links, menus, list headers
- ``copyright``  copyright and reprint notices ("저작권자 ©", "무단전재 및 재배포 금지")
- ``press``      outlet names (masthead lines, "X일보", "연합뉴스", "YTN")
- ``dates``      page date, 입력/수정 timestamps, Korean date forms
- ``bylines``    reporter bylines, wire headers "(서울=연합뉴스) 홍길동 기자 =", e-mails
- ``signoffs``   closing bylines ("… 밝혔다. 강희만기자") and broadcast sign-offs

- ``captions``   photo captions, credits, image file names
- ``broadcast``  "[앵커]" markers, crew credits, sign-offs ("KBS 뉴스 홍길동입니다")
- ``pagekind``   whole-page signs of non-articles (wiki, board, search, list pages)
"""
