"""A second step at sign-in: an authenticator app with recovery codes, and passkeys.

allauth's MFA does the work (its views, flows and models); this package fits it to
Heartwork: secrets encrypted with the app's keys (``adapter``), every code form under the
shared text rules and the lockout rule (``forms``; the rule itself is in
``accounts/logins.py``), content-free emails to the owner (``emails``), passkeys named
without free text and reached by random ids (``passkeys``), and a way back for someone
who lost every factor (``services.second_factor_remove_all``, run by the operator).
"""
