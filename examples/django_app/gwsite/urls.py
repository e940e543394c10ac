"""Routes of the example."""

from django.urls import path

from . import views

urlpatterns = [
    path("tools", views.search_tools),
    path("weather/<str:city>", views.weather),
]
