"""Sentences for scales and tests: importing a scale definition, psychological test records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from counselroom.ui.messages.counted import Counted


def texts() -> dict[str, str | Counted]:
    """Code → sentence, in the language now installed."""
    return {
        # scale definitions (import)
        "scale.not_utf8": QCoreApplication.translate(
            "Messages", "The file is not UTF-8 text (byte {position} cannot be read). Save it again as UTF-8."),
        "scale.not_json": QCoreApplication.translate(
            "Messages", "The file is not valid JSON: the problem is at line {line}, column {column}."),
        "scale.too_large": QCoreApplication.translate(
            "Messages", "The file is larger than {max_kb} KB; a scale definition is much smaller."),
        "scale.not_object": QCoreApplication.translate(
            "Messages", "The file is not a scale definition: it must be one JSON object {{ … }}."),
        "scale.format": QCoreApplication.translate(
            "Messages", "\"{path}\" is missing or has the wrong kind of value (positions count from 1)."),
        "scale.unknown_field": QCoreApplication.translate(
            "Messages", "\"{path}\" is not part of the scale format (a misspelt name?)."),
        "scale.duplicate_key": QCoreApplication.translate(
            "Messages", "The name \"{key}\" appears twice in the same object."),
        "scale.format_version": QCoreApplication.translate(
            "Messages", "The definition is in format {found}; this version of CounselRoom reads formats 1 to {supported}."),
        "scale.code_invalid": QCoreApplication.translate(
            "Messages", "The scale code \"{value}\" is not valid: use 2 to 32 lower-case letters, digits or _."),
        "scale.no_items": QCoreApplication.translate("Messages", "The definition has no items."),
        "scale.too_many_items": QCoreApplication.translate("Messages", "A scale has at most {max} items."),
        "scale.duplicate_item": QCoreApplication.translate("Messages", "Item {item} appears more than once."),
        "scale.item_missing_text": QCoreApplication.translate(
            "Messages", "Item {item} has no Chinese text (text.zh_CN)."),
        "scale.no_options": QCoreApplication.translate(
            "Messages", "Item {item} has no answer options, and the scale has no default options."),
        "scale.duplicate_option": QCoreApplication.translate(
            "Messages", "In \"{path}\", option \"{option}\" appears more than once."),
        "scale.unknown_option": QCoreApplication.translate(
            "Messages", "Item {item} has no option \"{option}\"."),
        "scale.unknown_subscale": QCoreApplication.translate(
            "Messages", "Item {item} names subscale \"{subscale}\", which is not defined."),
        "scale.duplicate_subscale": QCoreApplication.translate(
            "Messages", "Subscale \"{subscale}\" is defined more than once."),
        "scale.empty_subscale": QCoreApplication.translate(
            "Messages", "No item belongs to subscale \"{subscale}\"."),
        "scale.method": QCoreApplication.translate(
            "Messages", "\"{method}\" in \"{path}\" is not a scoring method; use sum or mean."),
        "scale.no_bands": QCoreApplication.translate(
            "Messages", "The definition has no score bands (bands)."),
        "scale.duplicate_band": QCoreApplication.translate("Messages", "Band \"{band}\" appears more than once."),
        "scale.band_bound": QCoreApplication.translate(
            "Messages", "The limits of band \"{band}\" must be whole numbers (for a mean score: at most two "
            "decimals)."),
        "scale.band_reversed": QCoreApplication.translate(
            "Messages", "Band \"{band}\" starts above where it ends."),
        "scale.bands_overlap": QCoreApplication.translate(
            "Messages", "Bands \"{other}\" and \"{band}\" overlap: a total would fall in both."),
        "scale.bands_gap": QCoreApplication.translate(
            "Messages", "There is a gap between band \"{after}\" and band \"{before}\": some totals would fall in "
            "no band."),
        "scale.bands_range": QCoreApplication.translate(
            "Messages", "The totals of this scale go from {min} to {max}, but the bands cover {first} to {last}."),
        "scale.unknown_critical_item": QCoreApplication.translate(
            "Messages", "A critical item names item {item}, which does not exist."),
        "scale.critical_unreachable": QCoreApplication.translate(
            "Messages", "Critical item {item}: no answer reaches the score {min_score}."),
        "scale.duplicate_critical": QCoreApplication.translate(
            "Messages", "Item {item} is listed as critical more than once."),
        # scale definitions, format 2: subscale bands, membership, per-subscale reverse, rules
        "scale.unknown_subscale_item": QCoreApplication.translate(
            "Messages", "Subscale \"{subscale}\" lists item {item}, which does not exist."),
        "scale.reverse_not_member": QCoreApplication.translate(
            "Messages", "Subscale \"{subscale}\" reverses item {item}, which is not one of its items."),
        "scale.reverse_twice": QCoreApplication.translate(
            "Messages", "Item {item} is reversed for the whole scale (\"reverse\": true) and again in subscale "
            "\"{subscale}\". Reverse it in one place only."),
        "scale.unknown_total_subscale": QCoreApplication.translate(
            "Messages", "The total names subscale \"{subscale}\", which is not defined."),
        "scale.subscale_no_bands": QCoreApplication.translate(
            "Messages", "Subscale \"{subscale}\" has an empty list of bands: leave \"bands\" out or give bands."),
        "scale.subscale_duplicate_band": QCoreApplication.translate(
            "Messages", "In subscale \"{subscale}\", band \"{band}\" appears more than once."),
        "scale.subscale_band_bound": QCoreApplication.translate(
            "Messages", "In subscale \"{subscale}\", the limits of band \"{band}\" must be whole numbers (for a mean "
            "score: at most two decimals)."),
        "scale.subscale_band_reversed": QCoreApplication.translate(
            "Messages", "In subscale \"{subscale}\", band \"{band}\" starts above where it ends."),
        "scale.subscale_bands_overlap": QCoreApplication.translate(
            "Messages", "In subscale \"{subscale}\", bands \"{other}\" and \"{band}\" overlap: a score would fall in "
            "both."),
        "scale.subscale_bands_gap": QCoreApplication.translate(
            "Messages", "In subscale \"{subscale}\", there is a gap between band \"{after}\" and band \"{before}\": "
            "some scores would fall in no band."),
        "scale.subscale_bands_range": QCoreApplication.translate(
            "Messages", "The scores of subscale \"{subscale}\" go from {min} to {max}, but its bands cover {first} "
            "to {last}."),
        "scale.duplicate_rule": QCoreApplication.translate("Messages", "Rule \"{rule}\" appears more than once."),
        "scale.rule_kind": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\": \"{kind}\" is not a kind of rule; use positive or invalid."),
        "scale.rule_alert": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\": only a positive rule can open the crisis workflow (alert)."),
        "scale.rule_measure": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\": \"{path}\" must test exactly one of total, subscale, item or count (or be "
            "any / all of other conditions)."),
        "scale.rule_op": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\": \"{op}\" in \"{path}\" is not a comparison; use >=, >, <=, < or ==."),
        "scale.rule_unknown_subscale": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\" names subscale \"{subscale}\", which is not defined."),
        "scale.rule_unknown_item": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\" names item {item}, which does not exist."),
        "scale.rule_too_deep": QCoreApplication.translate(
            "Messages", "Rule \"{rule}\" nests any / all more than {max} levels deep."),
        "scale.duplicate_version": QCoreApplication.translate(
            "Messages", "The library already has scale \"{scale}\" version {version}. Give the new definition "
            "another version."),
        "scale.answer_invalid": QCoreApplication.translate(
            "Messages", "\"{option}\" is not an answer to item {item} of this scale."),
        "scale.not_found": QCoreApplication.translate("Messages", "This scale is not in the library."),
        # test records
        "test.not_found": QCoreApplication.translate("Messages", "This test record no longer exists."),
        "test.case_closed": QCoreApplication.translate(
            "Messages", "The case is closed. Reopen it to record a new test."),
        "test.not_author": QCoreApplication.translate(
            "Messages", "Only the person who administered this test can edit or sign it."),
        "test.signed_locked": QCoreApplication.translate(
            "Messages", "This test record is signed and locked."),
        "test.purpose_not_explained": QCoreApplication.translate(
            "Messages", "Answers are saved only after the purpose and meaning of the test were explained to "
            "the client. Explain them, then tick this."),
        "test.incomplete": Counted("missing", QCoreApplication.translate(
            "Messages", "Item {item} is not answered yet. Every item is needed to sign."), QCoreApplication.translate(
            "Messages", "{missing} items are not answered yet (first: item {item}). Every item is needed to "
            "sign.")),
        "test.consent_mismatch": QCoreApplication.translate(
            "Messages", "Choose a consent recorded for this client."),
        "test.consent_withdrawn": QCoreApplication.translate("Messages", "This consent was withdrawn."),
        "record.test_altered": QCoreApplication.translate(
            "Messages", "Signed test record #{test} (or the scale that scored it) was changed outside the "
            "application."),
        "record.scale_altered": QCoreApplication.translate(
            "Messages", "A scale definition or test answers in the database can no longer be read: they were "
            "changed outside the application."),
    }
