"""Badge templates of the event: the built-in ones plus the lead desk's own, per category.

Templates and the category → template choice are event settings (ops), so every desk prints
the same badge design. A desk whose badge printer is a roll printer can still force a template
with ``?template=roll_80mm`` in its printer URI.
"""

from __future__ import annotations

from typing import Any

from ..domain.documents import (
    BUILTIN_TEMPLATES,
    CATEGORY_TEMPLATES_SETTING,
    DEFAULT_TEMPLATE,
    TEMPLATES_SETTING,
    BadgeTemplate,
    template_by_key,
)
from ..domain.errors import InvalidField
from ..domain.model import DeskContext
from ..domain.print_jobs import parse_printer_uri
from ..domain.sentences import Sentence, Words
from . import setup
from .changes import Changes
from .ports import UnitOfWork


# why a template is refused (the ``reason`` of InvalidField), said in the reader's language
class BuiltinKey(Sentence):
    zh = "“{key}”是内置模板，请另起一个编号"
    en = "“{key}” is a built-in template; choose another code"


class BadgeTooSmall(Sentence):
    zh = "宽和高都至少 20 mm"
    en = "width and height must both be at least 20 mm"


TEMPLATE_KEY = Words("模板编号", "template code")
BADGE_SIZE = Words("证件尺寸", "badge size")


def _custom(uow: UnitOfWork) -> dict[str, Any]:
    value = uow.catalog.setting(TEMPLATES_SETTING, {})
    return value if isinstance(value, dict) else {}


def badge_templates(uow: UnitOfWork) -> dict[str, BadgeTemplate]:
    """Every template the event can use, built-in first."""
    with uow.reading():
        custom = _custom(uow)
    found = dict(BUILTIN_TEMPLATES)
    found.update({k: BadgeTemplate.from_dict(v) for k, v in custom.items()})
    return found


def category_templates(uow: UnitOfWork) -> dict[str, str]:
    with uow.reading():
        value = uow.catalog.setting(CATEGORY_TEMPLATES_SETTING, {})
    return dict(value) if isinstance(value, dict) else {}


def template_for(
    uow: UnitOfWork,
    category_key: str,
    *,
    uri: str | None = None,
    template_key: str | None = None,
) -> BadgeTemplate:
    """Inside a transaction: explicit key, else the printer's ``?template=``, else the category's."""
    key = template_key
    if not key and uri:
        key = parse_printer_uri(uri).params.get("template")
    if not key:
        chosen = uow.catalog.setting(CATEGORY_TEMPLATES_SETTING, {})
        key = chosen.get(category_key) if isinstance(chosen, dict) else None
    return template_by_key(key or DEFAULT_TEMPLATE, _custom(uow))


def save_template(uow: UnitOfWork, ctx: DeskContext, template: BadgeTemplate) -> Changes:
    """Add or change one of the event's own templates (the template page's Save)."""
    if template.key in BUILTIN_TEMPLATES:
        raise InvalidField(field=TEMPLATE_KEY, reason=BuiltinKey(key=template.key))
    if template.width_mm < 20 or template.height_mm < 20:
        raise InvalidField(field=BADGE_SIZE, reason=BadgeTooSmall())
    with uow.writing():
        custom = dict(_custom(uow))
        custom[template.key] = template.to_dict()
        setup.set_setting(uow, ctx, TEMPLATES_SETTING, custom)
    return Changes(setup=True, badges=True)


def assign_template(
    uow: UnitOfWork, ctx: DeskContext, category_key: str, template_key: str
) -> Changes:
    """Badges of this category use that template from now on."""
    with uow.writing():
        template_by_key(template_key, _custom(uow))  # refuses an unknown key
        value = uow.catalog.setting(CATEGORY_TEMPLATES_SETTING, {})
        chosen = dict(value) if isinstance(value, dict) else {}
        chosen[category_key] = template_key
        setup.set_setting(uow, ctx, CATEGORY_TEMPLATES_SETTING, chosen)
    return Changes(setup=True, badges=True)
