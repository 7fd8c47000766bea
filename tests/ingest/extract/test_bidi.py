"""Reading mixed-direction lines back in logical order from the visual order of their glyphs."""

import pytest

from observatory.ingest.extract.bidi import logical_order, mirror, visual_to_logical


def glyphs_of(visual: str) -> list[str]:
    """One glyph per character, as a PDF places them left to right."""
    return list(visual)


@pytest.mark.parametrize(
    ("visual", "logical"),
    [
        # What the eye sees left to right on an Arabic line → how it is read.
        ("ةقيثولا", "الوثيقة"),
        ("CAC/COSP/2009/15 ةقيثولا", "الوثيقة CAC/COSP/2009/15"),
        (".2009 ماع يف", "في عام 2009."),
        ("بلطي -1", "1- يطلب"),
        ("ةدعاسم (أ)", "(أ) مساعدة"),
        ("رالود 000 15", "15 000 دولار"),
        ("United Nations Treaty Series, vol. 2349 يف", "في United Nations Treaty Series, vol. 2349"),
        ("ةرقفلا ،CAC/COSP/2009/8 24", "24 CAC/COSP/2009/8، الفقرة"),
    ],
)
def test_right_to_left_lines(visual, logical):
    assert visual_to_logical(glyphs_of(visual), right_to_left=True) == logical


def test_brackets_read_from_the_right_are_mirrored():
    # The rightmost glyph, shaped ")", is the opening bracket of the text; Latin brackets are not mirrored.
    assert visual_to_logical(glyphs_of("(أ)"), right_to_left=True) == "(أ)"
    assert visual_to_logical(glyphs_of("ىلإ (UNODC)"), right_to_left=True) == "(UNODC) إلى"


def test_left_to_right_line_with_an_arabic_name():
    visual = "The law دعاوقلا of 2011"
    assert visual_to_logical(glyphs_of(visual), right_to_left=False) == "The law القواعد of 2011"


def test_ligature_clusters_keep_their_letters():
    assert visual_to_logical(["ة", "لا", "ص"], right_to_left=True) == "صلاة"


def test_left_to_right_text_is_left_alone():
    text = "Requests the Secretariat (UNODC) to report, 2009."
    assert visual_to_logical(glyphs_of(text), right_to_left=False) == text


def test_order_marks_what_is_mirrored():
    assert logical_order(["R", "N", "L"], right_to_left=True) == [(2, False), (1, True), (0, True)]
    assert mirror("(«x»)") == ")»x«("
