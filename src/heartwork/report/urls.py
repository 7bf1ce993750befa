from django.urls import path

from heartwork.report import counselor_views, views

# The author's pages, under /reports/.
urlpatterns = [
    path("", views.report_list, name="report_list"),
    path("new/", views.report_new, name="report_new"),
    path("<uuid:report_id>/", views.report_detail, name="report_detail"),
    path("<uuid:report_id>/revoke/", views.report_revoke, name="report_revoke"),
]

# The counselor's link, under /r/: a short path that says nothing in a browser's history.
counselor_urlpatterns = [
    path("<str:token>/", counselor_views.counselor_report, name="counselor_report"),
    path("<str:token>/report.pdf", counselor_views.counselor_pdf, name="counselor_pdf"),
    path("<str:token>/report.fhir.json", counselor_views.counselor_fhir, name="counselor_fhir"),
]
