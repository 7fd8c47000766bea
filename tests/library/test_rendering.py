"""References shown as links; everything else escaped."""

from observatory.library.rendering import linked_text


def test_mentions_become_links_and_the_rest_is_escaped():
    html = linked_text(
        "Under article 9 <b>and</b> article 9, Viet Nam & France reported.",
        [
            ("article 9", "/en/convention/articles/9/"),
            ("article 9", "/en/convention/articles/9/"),
            ("Viet Nam", "/en/states/vnm/"),
        ],
    )
    assert html == (
        'Under <a href="/en/convention/articles/9/">article 9</a> &lt;b&gt;and&lt;/b&gt; '
        '<a href="/en/convention/articles/9/">article 9</a>, <a href="/en/states/vnm/">Viet Nam</a> '
        "&amp; France reported."
    )


def test_a_range_is_linked_once_and_overlaps_keep_the_first():
    html = linked_text(
        "articles 5 to 14 apply",
        [("articles 5 to 14", "/a/5/"), ("articles 5 to 14", "/a/6/"), ("5 to 14", "/x/")],
    )
    assert html == '<a href="/a/5/">articles 5 to 14</a> apply'


def test_a_mention_not_in_the_text_is_ignored():
    assert linked_text("nothing here", [("article 9", "/a/9/")]) == "nothing here"
