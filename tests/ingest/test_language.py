"""The detect-language stage: six official languages, their neighbours as "other", short text as None."""

import pytest

from observatory.ingest.language import detect_language, document_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Requests the Secretariat to collect and disseminate information on good practices", "en"),
        ("Prie le Secrétariat de recueillir et de diffuser des informations sur les bonnes pratiques", "fr"),
        ("Solicita a la Secretaría que reúna y difunda información sobre buenas prácticas", "es"),
        ("Просит Секретариат собирать и распространять информацию о передовой практике", "ru"),
        ("يطلب إلى الأمانة أن تجمع وتعمم المعلومات عن الممارسات الجيدة", "ar"),
        ("请秘书处收集和传播关于良好做法的信息", "zh"),
        (
            "Ersucht das Sekretariat, Informationen über bewährte Verfahren zu sammeln und zu verbreiten",
            "other",
        ),
        ("Просить Секретаріат збирати та поширювати інформацію про найкращі практики", "other"),
        ("事務局に対し、良い慣行に関する情報を収集するよう要請する", "other"),
        ("Solicita ao Secretariado que recolha e divulgue informações sobre boas práticas", "other"),
    ],
)
def test_languages(text, language):
    assert detect_language(text) == language


@pytest.mark.parametrize("text", ["1.", "Add.1", "CAC/COSP/2009/9", ""])
def test_too_short_to_tell(text):
    assert detect_language(text) is None


def test_document_language_is_weighted_by_length():
    assert document_language([("en", 10), ("fr", 400), (None, 50), ("en", 100)]) == "fr"
    assert document_language([(None, 5)]) is None
