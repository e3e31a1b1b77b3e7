"""Badge and receipt documents: QR rules, templates, amounts in words, rare-character names."""

from __future__ import annotations

import pytest
from PIL import Image, ImageChops

from huiwu_desk.adapters.printing import raster
from huiwu_desk.domain.documents import (
    BUILTIN_TEMPLATES,
    LANDSCAPE,
    BadgeDocument,
    BadgeTemplate,
    ReceiptDocument,
    amount_in_words,
    parse_scan,
    qr_payload,
)
from huiwu_desk.domain.print_errors import InvalidPrinterUri
from huiwu_desk.domain.print_jobs import parse_printer_uri

RARE = ("䶮", "𬌗")


def test_first_badge_qr_is_the_bare_code_and_reprints_differ() -> None:
    assert qr_payload("A100001", 1) == "A100001"
    assert qr_payload("A100001", 2) == "A100001.2"
    assert qr_payload("A100001", 2) != qr_payload("A100001", 3)


@pytest.mark.parametrize(
    ("scanned", "expected"),
    [
        ("A100001", ("A100001", 1)),
        (" A100001.2\r\n", ("A100001", 2)),
        ("A100001.12", ("A100001", 12)),
        ("A100001.", ("A100001.", 1)),
        ("A100001.0", ("A100001.0", 1)),
    ],
)
def test_parse_scan(scanned: str, expected: tuple[str, int]) -> None:
    assert parse_scan(scanned) == expected


def test_parse_scan_round_trips_every_version() -> None:
    for version in range(1, 30):
        assert parse_scan(qr_payload("B200017", version)) == ("B200017", version)


@pytest.mark.parametrize(
    ("fen", "words"),
    [
        (120000, "壹仟贰佰元整"),
        (100500, "壹仟零伍元整"),
        (1050000, "壹万零伍佰元整"),
        (10000000, "壹拾万元整"),
        (100000100, "壹佰万零壹元整"),
        (120050, "壹仟贰佰元伍角整"),
        (105, "壹元零伍分"),
        (0, "零元整"),
    ],
)
def test_amount_in_words(fen: int, words: str) -> None:
    assert amount_in_words(fen) == words


def test_receipt_lines_carry_what_finance_reconciles() -> None:
    doc = ReceiptDocument("A1-000007", "2026-11-27 14:03", "张三", 120000, "现金", "A1", "李娜",
                          organizer="医师协会", fee_item="会务费", payer_unit="协和医院")  # fmt: skip
    lines = dict(doc.lines())
    assert lines["收据号"] == "A1-000007"
    assert lines["金额"] == "￥1,200.00"
    assert lines["交款人"] == "张三"
    assert lines["收款方式"] == "现金"
    assert lines["经办人"] == "李娜"
    refund = ReceiptDocument("A1-000008", "2026-11-27 15:00", "张三", 20000, "现金", "A1", "李娜",
                             refund=True, original_receipt="A1-000007", supervisor="王芳")  # fmt: skip
    assert refund.heading.startswith("退款收据")
    assert dict(refund.lines())["原收据号"] == "A1-000007"


def test_templates_round_trip_and_edit() -> None:
    for template in BUILTIN_TEMPLATES.values():
        assert BadgeTemplate.from_dict(template.to_dict()) == template
    moved = LANDSCAPE.with_field("qr", x=60.0, w=28.0)
    assert moved.fields["qr"].x == 60.0 and LANDSCAPE.fields["qr"].x == 63
    sizes = {(t.width_mm, t.height_mm) for t in BUILTIN_TEMPLATES.values()}
    assert {(90, 54), (70, 100), (72, 90)} <= sizes


def test_printer_uris() -> None:
    win = parse_printer_uri("escpos-win32://EPSON TM-T82 Receipt")
    assert (win.scheme, win.target) == ("escpos-win32", "EPSON TM-T82 Receipt")
    net = parse_printer_uri("escpos-net://192.168.1.50:9100")
    assert net.host_port == ("192.168.1.50", 9100)
    serial = parse_printer_uri("escpos-serial:///dev/ttyUSB0?baudrate=19200")
    assert serial.target == "/dev/ttyUSB0" and serial.int_param("baudrate", 9600) == 19200
    assert parse_printer_uri("pdf:///C:/badges/x.pdf").target == "C:/badges/x.pdf"
    for bad in ("", "lp0", "ftp://x", "escpos-file://"):
        with pytest.raises(InvalidPrinterUri):
            parse_printer_uri(bad)


# --- rare characters ------------------------------------------------------------------
def test_bundled_font_has_the_rare_glyphs() -> None:
    ttlib = pytest.importorskip("fontTools.ttLib")
    for bold in (False, True):
        cmap = ttlib.TTFont(raster.font_path(bold), lazy=True).getBestCmap()
        for ch in RARE:
            assert ord(ch) in cmap, f"{ch} missing from {raster.font_path(bold)}"


def test_rare_characters_are_drawn_as_glyphs_not_boxes() -> None:
    fnt = raster.font(True, 120)
    tofu = fnt.getmask("\U0010fffd")  # a code point no font has: the .notdef box
    for ch in RARE:
        mask = fnt.getmask(ch)
        assert mask.getbbox() is not None
        same_as_tofu = mask.size == tofu.size and bytes(mask) == bytes(tofu)
        assert not same_as_tofu, f"{ch} renders as the missing-glyph box"


def _ink(img: Image.Image, box: tuple[int, int, int, int]) -> int:
    region = img.convert("L").crop(box)
    return sum(region.histogram()[:128])


def test_badge_name_region_is_not_blank_for_a_rare_name() -> None:
    doc = BadgeDocument(
        "A100001", 1, "欧阳䶮𬌗", "北京协和医院", "主任医师", "代表", "#1f6feb", "年会"
    )
    img = raster.render_badge(doc, LANDSCAPE, 300)
    assert img.size == (1063, 638)  # 90×54 mm at 300 dpi
    f = LANDSCAPE.fields["name"]
    box = tuple(raster.mm_px(v, 300) for v in (f.x, f.y, f.x + f.w, f.y + f.h))
    assert _ink(img, box) > 5000
    # each rare character changes the picture (it is not dropped or blank)
    plain = raster.render_badge(
        BadgeDocument("A100001", 1, "欧阳", "北京协和医院", "主任医师", "代表", "#1f6feb", "年会"),
        LANDSCAPE,
        300,
    )
    assert ImageChops.difference(img, plain).getbbox() is not None


def test_long_names_shrink_to_fit_and_units_wrap_to_two_lines() -> None:
    f = LANDSCAPE.fields["name"]
    width, height = raster.mm_px(f.w, 300), raster.mm_px(f.h, 300)
    max_px = raster.pt_px(f.size_pt, 300)
    short = raster.fit_px("张三", True, max_px, width, height)
    long = raster.fit_px("阿卜杜热合曼·买买提明", True, max_px, width, height)
    assert long < short
    assert raster.font(True, long).getlength("阿卜杜热合曼·买买提明") <= width
    u = LANDSCAPE.fields["unit"]
    fnt, lines = raster.fit_lines(
        "中国医学科学院阜外医院心血管内科冠心病诊治中心第三病区",
        False,
        raster.pt_px(u.size_pt, 300),
        raster.mm_px(u.w, 300),
        raster.mm_px(u.h, 300),
        u.lines,
    )
    assert len(lines) == 2
    assert all(fnt.getlength(line) <= raster.mm_px(u.w, 300) for line in lines)
