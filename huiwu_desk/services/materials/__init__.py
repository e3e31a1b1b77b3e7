"""Materials (资料): stock received and adjusted with a reason (``stock``), what each item and
category handed out and got back (``listing``), documents that must come back (文件清退:
``returns``). The handout itself is ``services/desk.hand_out`` (with 代领, ``proxy``)."""
