from django.urls import path

from heartwork.together import views

urlpatterns = [
    path("before/", views.before, name="together_before"),
    path("<slug:kind>/<uuid:item_id>/react/", views.react, name="together_react"),
    path("<slug:kind>/<uuid:item_id>/reply/", views.reply, name="together_reply"),
]
