"""Portal URLs. They sit under a language prefix (/ar/, /zh-hans/, /en/, /fr/, /ru/, /es/)."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from . import (
    collection_views,
    data_exports,
    library_views,
    mandate_exports,
    mandate_views,
    paper_views,
    search_views,
    secretariat_views,
    views,
)

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("convention/", views.convention, name="convention"),
    path("convention/articles/<int:number>/", views.article, name="article"),
    path("topics/", views.topics, name="topics"),
    path("states/", views.states, name="states"),
    path("states/<str:iso3>/", views.state, name="state"),
    path("coverage/", views.coverage, name="coverage"),
    path("search/", search_views.search, name="search"),
    path("library/", library_views.library, name="library"),
    path("library/<path:key>/", library_views.document, name="document"),
    # Calls for information: public pages, the State's inbox and answer form (collection_views) …
    path("calls/", collection_views.calls, name="calls"),
    path("calls/<int:pk>/", collection_views.call, name="call"),
    path("calls/submissions.<str:fmt>", data_exports.submissions, name="submissions_export"),
    path(
        "calls/<int:pk>/submissions.<str:fmt>", data_exports.call_submissions, name="call_submissions_export"
    ),
    path("calls/<int:pk>/ledger.<str:fmt>", data_exports.call_ledger, name="ledger_export"),
    path("search/export.<str:fmt>", data_exports.search_results, name="search_export"),
    path("calls/<int:pk>/states/<str:iso3>/", collection_views.submission, name="submission"),
    path("inbox/", collection_views.inbox, name="inbox"),
    path("calls/<int:pk>/answer/", collection_views.answer_form, name="answer_form"),
    path("calls/<int:pk>/answer/<int:question>/", collection_views.save_answer, name="save_answer"),
    path("calls/<int:pk>/submit/", collection_views.submit, name="submit"),
    path("calls/<int:pk>/decline/", collection_views.decline, name="decline"),
    path("calls/<int:pk>/upload/", collection_views.upload, name="upload"),
    path("calls/<int:pk>/reopen/", collection_views.reopen, name="reopen"),
    # … and the Secretariat's dashboard, review and notes verbales (secretariat_views).
    path("calls/new/", secretariat_views.new_call, name="new_call"),
    path("calls/<int:pk>/dashboard/", secretariat_views.dashboard, name="call_dashboard"),
    path("calls/<int:pk>/launch/", secretariat_views.launch, name="launch_call"),
    path("calls/<int:pk>/close/", secretariat_views.close, name="close_call"),
    path("calls/<int:pk>/remind/", secretariat_views.remind, name="remind"),
    path("calls/<int:pk>/review/<str:iso3>/", secretariat_views.review, name="review"),
    path(
        "calls/<int:pk>/note-verbale/<str:language>/template/",
        secretariat_views.note_template,
        name="note_template",
    ),
    path(
        "calls/<int:pk>/note-verbale/<str:language>.<str:fmt>",
        secretariat_views.note_verbale,
        name="note_verbale",
    ),
    # Background papers (paper_views): the Secretariat's workbench.
    path("papers/", paper_views.papers, name="papers"),
    path("papers/new/", paper_views.new_paper, name="new_paper"),
    path("papers/<int:pk>/", paper_views.paper, name="paper"),
    path("papers/<int:pk>/approaches/", paper_views.find_approaches, name="find_approaches"),
    path("papers/<int:pk>/approaches/merge/", paper_views.merge_approaches, name="merge_approaches"),
    path(
        "papers/<int:pk>/approaches/<int:approach>/name/", paper_views.rename_approach, name="rename_approach"
    ),
    path(
        "papers/<int:pk>/approaches/<int:approach>/split/", paper_views.split_approach, name="split_approach"
    ),
    path("papers/<int:pk>/approaches/<int:approach>/move/", paper_views.move_approach, name="move_approach"),
    path("papers/<int:pk>/sections/<int:section>/", paper_views.save_section, name="save_section"),
    path("papers/<int:pk>/paper.<str:language>.<str:fmt>", paper_views.paper_file, name="paper_file"),
    path("account/", views.account, name="account"),
    path("account/login/", views.LoginView.as_view(), name="login"),
    path("account/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # The mandate tracker (mandate_views): the tracker, a mandate and its curation, the resolutions; and
    # its downloads (mandate_exports). No two of these patterns match the same address: "export.csv" is
    # no mandate number, and a report's address ends in "status.<fmt>" where a resolution's ends in "/",
    # so a document key holding digits and slashes ("CAC/COSP/2017/14") cannot be read as a resolution.
    path("mandates/", mandate_views.tracker, name="mandates"),
    path("mandates/export.<str:fmt>", mandate_exports.export, name="mandate_export"),
    path("mandates/<int:pk>/", mandate_views.mandate, name="mandate"),
    path("mandates/<int:pk>/status/", mandate_views.change_status, name="mandate_status"),
    path("mandates/<int:pk>/evidence/", mandate_views.add_evidence, name="mandate_add_evidence"),
    path(
        "mandates/<int:pk>/evidence/<int:evidence>/decision/",
        mandate_views.decide_evidence,
        name="mandate_evidence_decision",
    ),
    path(
        "mandates/<int:pk>/lineage/<int:link>/decision/",
        mandate_views.decide_lineage,
        name="mandate_lineage_decision",
    ),
    path("mandates/resolutions/", mandate_views.resolutions, name="mandate_resolutions"),
    path(
        "mandates/resolutions/<int:session>/<int:number>/",
        mandate_views.resolution,
        name="mandate_resolution",
    ),
    path(
        "mandates/resolutions/<path:key>/<int:session>/<int:number>/status.<str:fmt>",
        mandate_exports.status_report,
        name="resolution_status_report",
    ),
    # The directory of national authorities and the technical-assistance register, each in its module.
    path("", include("observatory.portal.directory_urls")),
    path("", include("observatory.portal.assistance_urls")),
]
