from django.urls import path

from heartwork.conflict import views

urlpatterns = [
    path("", views.index, name="conflict"),
    path("over-time/", views.patterns, name="conflict_patterns"),
    path("<uuid:topic_id>/", views.room, name="conflict_room"),
    path("<uuid:topic_id>/live/", views.live, name="conflict_live"),
    path("<uuid:topic_id>/answer/", views.answer, name="conflict_answer"),
    path("<uuid:topic_id>/account/", views.account, name="conflict_account"),
    path("<uuid:topic_id>/turn/", views.turn, name="conflict_turn"),
    path("<uuid:topic_id>/break/", views.take_break, name="conflict_break"),
    path("<uuid:topic_id>/resolve/", views.resolve, name="conflict_resolve"),
    path("<uuid:topic_id>/need/", views.need, name="conflict_need"),
    path("<uuid:topic_id>/option/", views.option, name="conflict_option"),
    path("<uuid:topic_id>/outcome/", views.outcome, name="conflict_outcome"),
    path("options/<uuid:option_id>/rate/", views.rate, name="conflict_rate"),
    path("plans/<uuid:turn_id>/promise/", views.promise, name="conflict_promise"),
]
