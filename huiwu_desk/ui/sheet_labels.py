"""Words the import wizard and the reports page show for the core's keys.

Import fields (``roster_columns.FIELD_LABELS``), export kinds (``exports.KINDS``) and template
columns (``export_templates.column_choices()``) are keys in the core; the window shows them
in the UI language. One literal ``translate`` call per word, so that lupdate finds each.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from .labels import join_list

if TYPE_CHECKING:
    from ..services.export_templates import ExportTemplate


def field_label(key: str) -> str:
    """The field a roster column is imported as (the Chinese matches FIELD_LABELS)."""
    labels = {
        "name": QCoreApplication.translate("sheet_labels", "姓名"),
        "_last": QCoreApplication.translate("sheet_labels", "姓 (Last name)"),
        "_first": QCoreApplication.translate("sheet_labels", "名 (First name)"),
        "gender": QCoreApplication.translate("sheet_labels", "性别"),
        "unit": QCoreApplication.translate("sheet_labels", "工作单位"),
        "department": QCoreApplication.translate("sheet_labels", "科室"),
        "title": QCoreApplication.translate("sheet_labels", "职称"),
        "phone": QCoreApplication.translate("sheet_labels", "手机"),
        "id_number": QCoreApplication.translate("sheet_labels", "身份证号"),
        "category": QCoreApplication.translate("sheet_labels", "参会类别"),
        "needs_room": QCoreApplication.translate("sheet_labels", "是否住宿"),
        "arrival": QCoreApplication.translate("sheet_labels", "入住日期"),
        "departure": QCoreApplication.translate("sheet_labels", "离店日期"),
        "room_pref": QCoreApplication.translate("sheet_labels", "住房要求"),
        "roommate_request": QCoreApplication.translate("sheet_labels", "同住人"),
        "wants_credits": QCoreApplication.translate("sheet_labels", "是否需要学分"),
        "email": QCoreApplication.translate("sheet_labels", "邮箱"),
        "notes": QCoreApplication.translate("sheet_labels", "备注"),
        "code": QCoreApplication.translate("sheet_labels", "编号"),
        "province": QCoreApplication.translate("sheet_labels", "省份"),
        "city": QCoreApplication.translate("sheet_labels", "城市"),
        "_seq": QCoreApplication.translate("sheet_labels", "序号（不导入）"),
    }
    return labels.get(key, key)


def ignore_label() -> str:
    return QCoreApplication.translate("sheet_labels", "忽略")


def export_title(kind: str) -> str:
    titles = {
        "roster": QCoreApplication.translate("sheet_labels", "全部名单"),
        "credits": QCoreApplication.translate("sheet_labels", "学分名单"),
        "directory": QCoreApplication.translate("sheet_labels", "通讯录"),
        "rooming": QCoreApplication.translate("sheet_labels", "分房表"),
        "fees": QCoreApplication.translate("sheet_labels", "收费明细"),
        "materials": QCoreApplication.translate("sheet_labels", "资料发放"),
        "noshow": QCoreApplication.translate("sheet_labels", "未报到名单"),
        "invoices": QCoreApplication.translate("sheet_labels", "开票申请"),
        "billing": QCoreApplication.translate("sheet_labels", "签单结算"),
        "shifts": QCoreApplication.translate("sheet_labels", "交班记录"),
        "hotel": QCoreApplication.translate("sheet_labels", "酒店用房"),
        "returns": QCoreApplication.translate("sheet_labels", "文件清退"),
        "meals": QCoreApplication.translate("sheet_labels", "用餐统计"),
        "attendance": QCoreApplication.translate("sheet_labels", "出勤统计"),
    }
    return titles.get(kind, kind)


def export_description(kind: str) -> str:
    texts = {
        "roster": QCoreApplication.translate(
            "sheet_labels", "所有参会人员，一人一行，全部字段：报到、收费、住宿情况一并列出。"
        ),
        "credits": QCoreApplication.translate(
            "sheet_labels",
            "学分证名单：默认为已报到且需要学分的人员。列、顺序和表头可按组织方的要求调整。",
        ),
        "directory": QCoreApplication.translate(
            "sheet_labels",
            "通讯录：姓名、单位、职称、手机、邮箱，专家和会务组人员有标注。列可以调整。",
        ),
        "rooming": QCoreApplication.translate(
            "sheet_labels", "按酒店和日期列出房间、房型、入住人员和入住/离店日期，发给酒店。"
        ),
        "fees": QCoreApplication.translate(
            "sheet_labels",
            "每一笔收费和退费：收据号、时间、报到台、操作员、金额；另一张表按方式和报到台汇总。",
        ),
        "materials": QCoreApplication.translate(
            "sheet_labels", "每种资料的库存、已发、已退和剩余，以及按参会类别的发放情况。"
        ),
        "noshow": QCoreApplication.translate(
            "sheet_labels", "尚未报到的人员：姓名、单位、类别、手机——用于电话联系。"
        ),
        "invoices": QCoreApplication.translate(
            "sheet_labels",
            "每一笔要发票且未作废的收费：发票类型、抬头、税号、专票信息、开票内容、接收电话或邮箱，"
            "供财务开票；另一张表按抬头汇总。",
        ),
        "billing": QCoreApplication.translate(
            "sheet_labels", "签单/统一结算：每一笔签单，再按单位汇总人员、联系人和应结金额。"
        ),
        "shifts": QCoreApplication.translate(
            "sheet_labels",
            "每个班次：备用金、首末收据、收款、退款、作废、发票，按方式的应有、实点和差额及原因。",
        ),
        "returns": QCoreApplication.translate(
            "sheet_labels", "需清退的文件：谁还没有退回、手机号，以及每份文件的已发、已退和未退。"
        ),
        "hotel": QCoreApplication.translate(
            "sheet_labels",
            "酒店结算用：每家酒店每晚按房型的用房数、单住、机动房已用和未用、空房、空床、入住人数；"
            "另一张表是各酒店的间夜合计。",
        ),
        "meals": QCoreApplication.translate(
            "sheet_labels",
            "给餐厅：每个餐次的就餐人数，会务组单列，重复放行和拒绝的次数；另一张表按参会类别。",
        ),
        "attendance": QCoreApplication.translate(
            "sheet_labels",
            "每个会场和学分课题的入场人数和扫码次数；另一张表是每人的首次入场和最后一次时间。",
        ),
    }
    return texts.get(kind, "")


def column_label(key: str) -> str:
    """A column a credits/directory template may hold (what it contains, not its title)."""
    labels = {
        "seq": QCoreApplication.translate("sheet_labels", "序号"),
        "code": QCoreApplication.translate("sheet_labels", "编号"),
        "name": QCoreApplication.translate("sheet_labels", "姓名"),
        "gender": QCoreApplication.translate("sheet_labels", "性别"),
        "unit": QCoreApplication.translate("sheet_labels", "工作单位"),
        "department": QCoreApplication.translate("sheet_labels", "科室"),
        "title": QCoreApplication.translate("sheet_labels", "职称"),
        "phone": QCoreApplication.translate("sheet_labels", "手机"),
        "email": QCoreApplication.translate("sheet_labels", "邮箱"),
        "id_number": QCoreApplication.translate("sheet_labels", "身份证号"),
        "province": QCoreApplication.translate("sheet_labels", "省份"),
        "city": QCoreApplication.translate("sheet_labels", "城市"),
        "category": QCoreApplication.translate("sheet_labels", "参会类别"),
        "role": QCoreApplication.translate("sheet_labels", "身份（专家、会务组）"),
        "checkin_time": QCoreApplication.translate("sheet_labels", "报到时间"),
        "checkin_desk": QCoreApplication.translate("sheet_labels", "报到台"),
        "arrival": QCoreApplication.translate("sheet_labels", "入住日期"),
        "departure": QCoreApplication.translate("sheet_labels", "离店日期"),
        "notes": QCoreApplication.translate("sheet_labels", "备注"),
        "credit_class": QCoreApplication.translate("sheet_labels", "学分类别（固定内容）"),
        "text": QCoreApplication.translate("sheet_labels", "自定义（固定内容）"),
    }
    return labels.get(key, key)


def template_summary(t: ExportTemplate) -> str:
    """A credits/directory layout in two lines: its columns, and who it lists."""
    if t.checked_in_only and t.credits_only:
        who = QCoreApplication.translate("sheet_labels", "只列出已报到且需要学分的人员。")
    elif t.checked_in_only:
        who = QCoreApplication.translate("sheet_labels", "只列出已报到的人员。")
    elif t.credits_only:
        who = QCoreApplication.translate("sheet_labels", "只列出需要学分的人员。")
    else:
        who = QCoreApplication.translate("sheet_labels", "列出全部人员。")
    columns = join_list(c.title for c in t.columns)
    return QCoreApplication.translate("sheet_labels", "列：{0}\n{1}").format(columns, who)
