"""Each round keeps the version of the questions it was taken on.

Every round stored so far was taken on the first version, so they all get 1; new rounds
are given the current version by ``services.checkup_start``.
"""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("checkup", "0002_checkup_shared_parts_chosen_by_the_person")]

    operations = [
        migrations.AddField(
            model_name="checkupresponse",
            name="instrument_version",
            field=models.PositiveSmallIntegerField(default=1),
            preserve_default=False,
        ),
    ]
