"""Sharing becomes a choice per part; until now only 'what I need from myself' was chosen.

Rounds finished before this shared every other section without being asked; from now on
they share only what the person had chosen, which is at most that one section.
"""

from django.db import migrations, models


def keep_the_one_choice_that_was_made(apps, schema_editor):
    response = apps.get_model("checkup", "CheckupResponse")
    response.objects.filter(share_self_needs=True).update(shared_parts=["self_needs"])


def back_to_the_single_switch(apps, schema_editor):
    response = apps.get_model("checkup", "CheckupResponse")
    for row in response.objects.all():
        row.share_self_needs = "self_needs" in (row.shared_parts or [])
        row.save(update_fields=["share_self_needs"])


class Migration(migrations.Migration):
    dependencies = [("checkup", "0001_checkup_responses_and_answers")]

    operations = [
        migrations.AddField(
            model_name="checkupresponse",
            name="shared_parts",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="The sections (and 'closeness') whose scores my partner may see.",
            ),
        ),
        migrations.RunPython(keep_the_one_choice_that_was_made, back_to_the_single_switch),
        migrations.RemoveField(model_name="checkupresponse", name="share_self_needs"),
    ]
