"""Text analysis of search in the six languages: the index terms both backends share, highlights, snippets."""

import json
import re
import time
from pathlib import Path

import pytest

from observatory.search.analysis import (
    LANGUAGES,
    highlight,
    index_text,
    normalize,
    query_terms,
    snippet,
    tokens,
)

FIXTURES = Path(__file__).parent.parent / "fixtures" / "extraction"
MARK = re.compile("</?mark>")

SENTENCES = {
    "ar": "صدر قانون إشهار الذمة المالية رقم 54 لسنة 2006 تنفيذاً لالتزامات المملكة بموجب المادة 8 من "
    "الاتفاقية، وهو يلزم رئيس الوزراء والوزراء وأعضاء مجلس الأمة والقضاة بتقديم إقرار بذممهم المالية.",
    "zh": "根据《公约》第八条的规定，中国建立了领导干部报告个人有关事项制度，"
    "资产申报制度是预防腐败的重要措施。",
    "en": "The Working Group recommended that States parties share information on asset declaration systems "
    "and on the management of conflicts of interest.",
    "fr": "Le Groupe de travail a recommandé que les États parties échangent des informations sur les "
    "systèmes de déclaration de patrimoine et la gestion des conflits d'intérêts.",
    "ru": "Основу системы декларирования составляет Федеральный закон от 25 декабря 2008 г. № 273-ФЗ "
    "«О противодействии коррупции».",
    "es": "La obligación de los servidores públicos de presentar declaraciones de situación patrimonial se "
    "encuentra establecida en el artículo 108 de la Constitución.",
}


def contains(haystack: list[str], needle: list[str]) -> bool:
    """Whether the terms of ``needle`` occur in ``haystack`` one after the other (a phrase match)."""
    return any(haystack[i : i + len(needle)] == needle for i in range(len(haystack) - len(needle) + 1))


# --- the same terms for the forms of a word ------------------------------------------------------------


def test_spanish_singular_and_plural_share_terms():
    assert tokens("declaración de bienes", "es") == tokens("declaraciones de bienes", "es")
    text = "Buenas prácticas en los sistemas de declaración de bienes y la gestión de los conflictos"
    assert contains(tokens(text, "es"), query_terms("declaraciones de bienes", "es"))


def test_english_forms_share_a_stem():
    stems = {tuple(tokens(word, "en")) for word in ("corruption", "corrupt", "corrupted", "Corrupting")}
    assert len(stems) == 1
    text = "the States Parties to the United Nations Convention against Corruption"
    assert query_terms("corrupt", "en")[0] in tokens(text, "en")


def test_french_accents_fold_before_stemming():
    assert tokens("déclarations", "fr") == tokens("declaration", "fr") == tokens("DÉCLARATION", "fr")
    assert contains(tokens(SENTENCES["fr"], "fr"), query_terms("declarations de patrimoine", "fr"))
    assert query_terms("interets", "fr")[0] in tokens(SENTENCES["fr"], "fr")


def test_russian_forms_share_a_stem_where_snowball_says_so():
    assert tokens("декларирования", "ru") == tokens("декларирование", "ru")
    assert tokens("декларации", "ru") == tokens("декларация", "ru") == tokens("декларацию", "ru")
    assert tokens("коррупции", "ru") == tokens("коррупция", "ru")
    assert contains(tokens(SENTENCES["ru"], "ru"), query_terms("противодействие коррупции", "ru"))


def test_russian_yo_folds_to_ye_but_short_i_stays():
    assert tokens("её учёт", "ru") == tokens("ее учет", "ru")
    assert normalize("Ёлка и йод") == "елка и йод"


# --- Arabic ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "variant", ["الإقرار", "الاقرار", "الإقـرار", "الإِقْرَار", "الأقرار", "الآقرار", "ٱلاقرار"]
)
def test_arabic_spelling_variants_give_the_same_terms(variant):
    assert tokens(variant, "ar") == tokens("الاقرار", "ar")
    assert query_terms(variant, "ar")[0] in tokens("ويُقدَّم الإقرار إلى دائرة إشهار الذمة المالية", "ar")


def test_arabic_normalization():
    assert normalize("مسؤول مسئول على مكافحة") == "مسوول مسيول علي مكافحه"
    assert normalize("الإِقـرار") == "الاقرار"


def test_arabic_stems_see_teh_marbuta_before_it_is_folded():
    # الدولة (the State) and الدول (the States) share the stem only if the stemmer reads ة as ة.
    assert tokens("الدولة", "ar") == tokens("الدول", "ar") == tokens("دولة", "ar")
    assert "ة" not in index_text(SENTENCES["ar"] + " الدولة", "ar")


def test_arabic_conjunction_before_the_article():
    assert tokens("والفساد", "ar") == tokens("الفساد", "ar") == tokens("للفساد", "ar")
    assert tokens("بالإقرار", "ar") == tokens("الإقرار", "ar")


def test_arabic_indic_digits_are_ascii_terms():
    terms = tokens("المادة ٨ من القانون رقم ٥٤ لسنة ٢٠٠٦", "ar")
    assert terms == tokens("المادة 8 من القانون رقم 54 لسنة 2006", "ar")
    assert {"8", "54", "2006"} <= set(terms)
    assert tokens("۲۰۰۶", "ar") == tokens("٢٠٠٦", "ar") == ["2006"]
    assert normalize("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹") == "0123456789 0123456789"


# --- Chinese ---------------------------------------------------------------------------------------------


def test_chinese_is_segmented_into_words_a_query_finds():
    assert tokens("资产申报制度", "zh") == ["资产", "申报", "制度"]
    assert contains(tokens(SENTENCES["zh"], "zh"), query_terms("资产申报", "zh"))
    # search mode: the words inside a long word are terms too
    terms = tokens("联合国反腐败公约", "zh")
    assert {"联合国", "腐败", "反腐败", "公约"} <= set(terms)


def test_chinese_segmentation_is_jiebas_search_mode():
    jieba = pytest.importorskip("jieba")
    from observatory.search.analysis import _cache_dir

    reference = jieba.Tokenizer()
    reference.tmp_dir = _cache_dir()
    fixture = json.loads((FIXTURES / "submission-2011-china.zh.expected.json").read_text(encoding="utf-8"))
    texts = [paragraph["text"] for paragraph in fixture["paragraphs"]] + [SENTENCES["zh"]]
    runs = [run for text in texts for run in re.findall("[\u4e00-\u9fd5]+", text)]
    # a character outside jieba's Han range; names, which its HMM finds
    runs += ["国务院办公厅印发了㐀关于领导干部", "王小明和李华在北京"]
    assert len(runs) > 50
    for run in runs:
        assert tokens(run, "zh") == list(reference.cut_for_search(run)), run


def test_chinese_keeps_its_characters_and_folds_full_width_forms():
    assert normalize("资产申报制度") == "资产申报制度"
    assert tokens("ＵＮＣＡＣ第５条", "zh") == ["uncac", "第", "5", "条"]


# --- scripts, symbols, languages ---------------------------------------------------------------------


def test_latin_words_in_other_scripts_are_not_stemmed():
    arabic = "اتفاقية الأمم المتحدة لمكافحة الفساد (Convention against Corruption)"
    assert "corruption" in tokens(arabic, "ar")
    assert "declarations" in tokens("资产申报 (asset declarations)", "zh")
    assert "declarations" in tokens("декларации (declarations)", "ru")


def test_other_scripts_in_latin_text_take_their_own_analysis():
    terms = tokens("The Federal Law «О противодействии коррупции» (反腐败法) and قانون مكافحة الفساد", "en")
    assert tokens("коррупции", "ru")[0] in terms
    assert "腐败" in terms
    assert tokens("الفساد", "ar")[0] in terms
    assert "feder" in terms


def test_unknown_language_analyses_by_script():
    text = "Corruption коррупции 腐败 الفساد"
    expected = ["corruption", tokens("коррупции", "ru")[0], "腐败", tokens("الفساد", "ar")[0]]
    assert tokens(text, None) == expected
    assert tokens(text, "other") == expected


def test_un_symbols_split_into_their_parts():
    for language in (*LANGUAGES, None):
        assert tokens("CAC/COSP/2009/9", language) == ["cac", "cosp", "2009", "9"]
    assert contains(tokens("resolution A/RES/58/4 of 31 October 2003", "en"), query_terms("A/RES/58/4", "en"))


def test_stop_words_stay_for_phrases():
    assert tokens("conflict of interest", "en") == ["conflict", "of", "interest"]
    assert contains(tokens(SENTENCES["en"], "en"), query_terms("conflicts of interest", "en"))


@pytest.mark.parametrize("language", [*LANGUAGES, None])
def test_empty_and_wordless_text(language):
    assert tokens("", language) == []
    assert tokens(" .,;—«» \n", language) == []
    assert index_text("", language) == ""
    assert highlight("", {"x"}, language) == ""
    assert snippet("", {"x"}, language) == ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_index_text_is_the_terms_joined_by_spaces(language):
    terms = tokens(SENTENCES[language], language)
    assert index_text(SENTENCES[language], language).split(" ") == terms
    assert all(term and " " not in term and "_" not in term for term in terms)
    assert query_terms(SENTENCES[language], language) == terms


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_long_text_is_analysed_whole_and_fast(language):
    separator = "。" if language == "zh" else " "
    count = 10_000 // len(SENTENCES[language]) + 1
    text = separator.join([SENTENCES[language]] * count)
    assert len(text) >= 10_000
    started = time.perf_counter()
    terms = tokens(text, language)
    assert time.perf_counter() - started < 1.0
    assert terms == tokens(SENTENCES[language], language) * count


def test_normalization_of_latin_and_compatibility_forms():
    assert normalize("Ñandú, ÉTAT, Straße, ﬁnance, œuvre, Øresund, İstanbul") == (
        "nandu, etat, strasse, finance, oeuvre, oresund, istanbul"
    )
    assert normalize("e\u0301tat") == "etat"  # a decomposed accent
    assert tokens("corrup\u00adtion", "en") == tokens("corruption", "en")  # a soft hyphen from a PDF


# --- highlight and snippet ------------------------------------------------------------------------------


def test_highlight_escapes_and_marks_the_original_words():
    text = "<script>alert('x')</script> Corruption & corrupted officials"
    result = highlight(text, set(query_terms("corrupt", "en")), "en")
    assert result == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <mark>Corruption</mark> &amp; "
        "<mark>corrupted</mark> officials"
    )


def test_highlight_marks_accented_words_as_written():
    result = highlight(SENTENCES["fr"], set(query_terms("declaration interets", "fr")), "fr")
    assert "<mark>déclaration</mark>" in result
    assert "d&#x27;<mark>intérêts</mark>" in result


def test_highlight_keeps_arabic_text_intact():
    text = "ويُقدَّم الإقرار إلى دائرة إشهار الذمة المالية"
    result = highlight(text, set(query_terms("الاقرار", "ar")), "ar")
    assert result == "ويُقدَّم <mark>الإقرار</mark> إلى دائرة إشهار الذمة المالية"
    diacritics = "الإِقْرَار"
    assert highlight(diacritics, set(query_terms("اقرار", "ar")), "ar") == f"<mark>{diacritics}</mark>"


def test_highlight_marks_chinese_words():
    result = highlight("资产申报制度是预防腐败的重要措施", set(query_terms("资产申报", "zh")), "zh")
    assert result == "<mark>资产申报</mark>制度是预防腐败的重要措施"
    result = highlight("联合国反腐败公约", set(query_terms("腐败", "zh")), "zh")
    assert result == "联合国<mark>反腐败</mark>公约"


def test_highlight_with_other_marks_and_escape():
    result = highlight("a < b corruption", {"corrupt"}, "en", before="[", after="]", escape=str)
    assert result == "a < b [corruption]"
    assert highlight("no match <here>", {"corrupt"}, "en") == "no match &lt;here&gt;"
    assert highlight("corruption", set(), "en") == "corruption"


@pytest.mark.parametrize("language", LANGUAGES)
def test_highlight_only_adds_marks(language):
    terms = set(tokens(SENTENCES[language], language)[2:5])
    result = highlight(SENTENCES[language], terms, language)
    assert "<mark>" in result
    assert MARK.sub("", result) == highlight(SENTENCES[language], set(), language)


def long_text() -> str:
    path = FIXTURES / "wg4-2011-asset-declarations.en.expected.json"
    fixture = json.loads(path.read_text(encoding="utf-8"))
    return " ".join(paragraph["text"] for paragraph in fixture["paragraphs"])


def test_snippet_is_a_window_of_whole_words_around_the_first_match():
    text = long_text()
    assert len(text) > 2000
    terms = set(query_terms("confidentiality", "en"))
    first = re.search(r"\bconfidential\w*", text, re.IGNORECASE)
    assert first and first.start() > 1000
    result = snippet(text, terms, "en", width=240)
    assert result.startswith("…") and result.endswith("…")
    assert f"<mark>{first.group()}</mark>" in result
    shown = MARK.sub("", result).strip("…")
    assert 180 <= len(shown) <= 240
    start = text.index(shown)
    assert not text[start - 1].isalnum() and not text[start + len(shown)].isalnum()  # whole words
    before, _, after = shown.partition(first.group())
    assert len(before) > 60 and len(after) > 60  # the match has context on both sides


def test_snippet_without_a_match_is_the_start_of_the_text():
    text = long_text()
    result = snippet(text, {"zzzz"}, "en", width=100)
    assert result.endswith("…") and not result.startswith("…")
    assert text.startswith(result[:-1]) and len(result) <= 101
    assert not text[len(result) - 1].isalnum()
    assert snippet(text, set(), "en", width=100) == result


def test_snippet_near_the_end_takes_context_from_before():
    text = long_text() + " The last word is bribery."
    result = snippet(text, set(query_terms("bribery", "en")), "en", width=120)
    assert result.startswith("…") and result.endswith("<mark>bribery</mark>.")
    assert len(MARK.sub("", result)) > 100


def test_snippet_of_a_short_text_is_the_whole_text_highlighted():
    assert snippet("Asset <declarations>", {"declar"}, "en") == "Asset &lt;<mark>declarations</mark>&gt;"


def test_snippet_in_chinese_and_arabic():
    zh = "。".join([SENTENCES["zh"]] * 6) + "利益冲突的管理。" + "。".join([SENTENCES["zh"]] * 6)
    result = snippet(zh, set(query_terms("利益冲突", "zh")), "zh", width=80)
    assert "<mark>利益冲突</mark>" in result and result.startswith("…") and result.endswith("…")
    assert len(MARK.sub("", result)) <= 82
    secrecy = " وتنص المادة 3 من القانون على سرّية الإقرارات. "
    ar = " ".join([SENTENCES["ar"]] * 4) + secrecy + " ".join([SENTENCES["ar"]] * 4)
    result = snippet(ar, set(query_terms("سرية", "ar")), "ar", width=120)
    assert "على <mark>سرّية</mark> الإقرارات" in result and result.startswith("…") and result.endswith("…")
