"""A query that Django builds and compiles once per process, then runs with new values.

Most of the Today page's time went into Django *building* its queries (``filter`` →
``add_q`` → ``build_filter``, then ``as_sql``), not into the database running them
(issue 12): the news alone is a ``UNION ALL`` of ten parts, each with the access layer's
conditions. A query whose shape is the same on every request (only the reader, the
couple, a time or a day change) is built here once, from the same querysets and the same
``access`` functions as before, with a marker in place of each value that changes; its
SQL is kept, and each request runs that SQL with its own values in the markers' places.

So the access layer still decides what the SQL says: nothing is written by hand. A
marker Django folds into the SQL text, or drops, cannot be put back safely, so building
refuses it (``PreparedError``) rather than run a query that would ignore a value.

Usage::

    NEWS = Prepared(build_news)           # build_news(slots, *shape) -> QuerySet
    rows = NEWS.rows(shape, reader=user.pk, couple=couple.pk, since=since)

``build`` receives a ``Slots`` whose attributes are markers (``slots.reader``: an int
marker; ``slots.since``: a datetime marker, …), declared by ``Prepared(..., reader=int)``.
``shape`` is anything hashable that changes the query's structure (which kinds, whether
there is a partner): each shape is built once.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Hashable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import F, Func, IntegerField, QuerySet, Subquery
from django.db.models.query import get_related_populators  # type: ignore[attr-defined]  # what ModelIterable uses


class PreparedError(RuntimeError):
    """The query could not be prepared: a value was not passed as a parameter."""


# Values no real row holds: each marker is told apart from every other parameter.
_INT_BASE = 7_340_000_000_000


def _marker(kind: type, n: int) -> Any:
    if kind is int:
        return _INT_BASE + n
    if kind is datetime:
        return datetime(1903, 2, 3, 4, 5, 6, 100_000 + n, tzinfo=UTC)
    if kind is date:
        return date(1903, 1, 1) + timedelta(days=n)
    if kind is str:
        return f"\x1eslot-{n}-{uuid.uuid4().hex}"
    if kind is uuid.UUID:
        return uuid.UUID(int=(0x5EED << 112) + n)
    raise TypeError(f"no marker for {kind!r}")


class Slots:
    """The markers a build function puts where the per-request values go."""

    def __init__(self, kinds: dict[str, type]) -> None:
        self._kinds = kinds
        self._markers = {name: _marker(kind, n) for n, (name, kind) in enumerate(kinds.items())}
        for name, value in self._markers.items():
            setattr(self, name, value)

    def __getattr__(self, name: str) -> Any:
        # Only reached for a name not declared: say which ones are.
        if name.startswith("_"):
            raise AttributeError(name)
        raise AttributeError(f"no marker {name!r}; declared: {sorted(self._kinds)}")

    def adapted(self, connection: Any) -> dict[Any, tuple[str, Callable[[Any], Any]]]:
        """Each form a marker may take among compiled parameters → (name, how to adapt a
        real value the same way)."""
        ops = connection.ops
        forms: dict[Any, tuple[str, Callable[[Any], Any]]] = {}
        for name, value in self._markers.items():
            kind = self._kinds[name]
            forms[_key(value)] = (name, _same)
            if kind is datetime:
                forms[_key(ops.adapt_datetimefield_value(value))] = (
                    name,
                    ops.adapt_datetimefield_value,
                )
            elif kind is date:
                forms[_key(ops.adapt_datefield_value(value))] = (name, ops.adapt_datefield_value)
            elif kind is uuid.UUID:
                forms[_key(value.hex)] = (name, _hex)
        return forms


def _same(value: Any) -> Any:
    return value


def _hex(value: Any) -> str:
    return uuid.UUID(str(value)).hex


def _key(value: Any) -> tuple[type, Any]:
    # 1 == True == 1.0 in a dict: the type keeps a marker from matching a flag.
    return (type(value), value)


class _Compiled:
    """One shape's SQL, where each parameter comes from, and how to read its rows."""

    def __init__(self, queryset: QuerySet[Any], slots: Slots, alias: str) -> None:
        connection = connections[alias]
        compiler = queryset.query.get_compiler(using=alias)
        sql, params = compiler.as_sql()
        forms = slots.adapted(connection)
        sources: list[tuple[str | None, Any]] = []  # (marker name or None, adapter or constant)
        used = set()
        for param in params:
            try:
                found = forms.get(_key(param))
            except TypeError:  # a list or a dict (an array, JSON): a constant, never a marker
                found = None
            if found is None:
                sources.append((None, param))
            else:
                sources.append(found)
                used.add(found[0])
        missing = set(slots._markers) - used
        text = str(sql)
        folded = [
            name
            for name, value in slots._markers.items()
            if str(value) in text or (isinstance(value, uuid.UUID) and value.hex in text)
        ]
        if missing or folded:
            raise PreparedError(
                f"markers not passed as parameters: {sorted(missing | set(folded))}"
            )
        self.sql = sql
        self.sources = sources
        self.compiler = compiler
        self.alias = alias

    def fetch(self, values: dict[str, Any]) -> list[tuple[Any, ...]]:
        # Each parameter: a constant of the query (name None), or a value adapted as
        # Django adapted the marker.
        params = [given if name is None else given(values[name]) for name, given in self.sources]
        connection = connections[self.alias]
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            return cursor.fetchall()

    def rows(self, values: dict[str, Any]) -> list[tuple[Any, ...]]:
        fetched = self.fetch(values)
        return list(self.compiler.results_iter(results=[fetched], tuple_expected=True))

    def objects(self, values: dict[str, Any]) -> list[Any]:
        """The rows as model instances, with what ``select_related`` joined: what
        Django's ``ModelIterable`` does with the rows it fetched."""
        compiler, alias = self.compiler, self.alias
        info = compiler.klass_info
        if info is None:
            raise PreparedError("objects() needs a queryset of model instances")
        start, end = info["select_fields"][0], info["select_fields"][-1] + 1
        names = [column[0].target.attname for column in compiler.select[start:end]]
        related = get_related_populators(info, compiler.select, alias)
        found = []
        for row in compiler.results_iter(results=[self.fetch(values)]):
            thing = info["model"].from_db(alias, names, row[start:end])
            for populator in related:
                populator.populate(row, thing)
            for name, at in (compiler.annotation_col_map or {}).items():
                setattr(thing, name, row[at])
            found.append(thing)
        return found


class Prepared:
    """A query built once per process and database for each shape (see the module)."""

    def __init__(self, build: Callable[..., QuerySet[Any]], **kinds: type) -> None:
        self.build = build
        self.kinds = kinds
        self._compiled: dict[tuple[str, Hashable], _Compiled] = {}
        self._lock = threading.Lock()

    def rows(
        self, shape: Hashable = (), *, using: str = DEFAULT_DB_ALIAS, **values: Any
    ) -> list[tuple[Any, ...]]:
        """The rows of the query for ``shape`` with ``values`` in the markers' places."""
        return self._for(shape, using, values).rows(values)

    def objects(
        self, shape: Hashable = (), *, using: str = DEFAULT_DB_ALIAS, **values: Any
    ) -> list[Any]:
        """As ``rows``, for a queryset of model instances: the instances."""
        return self._for(shape, using, values).objects(values)

    def _for(self, shape: Hashable, using: str, values: dict[str, Any]) -> _Compiled:
        if set(values) != set(self.kinds):
            raise TypeError(f"values for {sorted(self.kinds)} expected, got {sorted(values)}")
        key = (using, shape)
        compiled = self._compiled.get(key)
        if compiled is None:
            with self._lock:
                compiled = self._compiled.get(key)
                if compiled is None:
                    slots = Slots(self.kinds)
                    args = shape if isinstance(shape, tuple) else (shape,)
                    compiled = _Compiled(self.build(slots, *args), slots, using)
                    self._compiled[key] = compiled
        return compiled


class PreparedTotals:
    """Over each of several sliced queries, how many rows, the latest time and the highest
    id, in one query built once per process and database.

    ``build(slots)`` returns querysets of ``values_list("id", <a time>)``, each ordered and
    sliced (the newest ``n``); the query is ``SELECT COUNT(*), MAX(time), MAX(id) FROM
    (part) …`` for each, joined by ``UNION ALL``, one row per part, in their order. The
    limit has to sit inside the aggregate: Django writes that only in ``.aggregate()``,
    which runs at once and cannot be prepared, and an aggregate over ``pk IN (… LIMIT
    n)`` let PostgreSQL scan whole tables (it plans for ``n`` rows). Each part is compiled
    by Django with the markers of ``Prepared``; only the wrapping is written here. The
    time comes back as the database gives it (a string on SQLite): compare it, don't show it.
    """

    def __init__(self, build: Callable[[Slots], list[QuerySet[Any]]], **kinds: type) -> None:
        self.build = build
        self.kinds = kinds
        self._sql: dict[str, tuple[str, list[tuple[str | None, Any]]]] = {}
        self._lock = threading.Lock()

    def rows(self, *, using: str = DEFAULT_DB_ALIAS, **values: Any) -> list[tuple[Any, ...]]:
        """``(part, count, latest time, highest id)`` for each part, in order."""
        if set(values) != set(self.kinds):
            raise TypeError(f"values for {sorted(self.kinds)} expected, got {sorted(values)}")
        found = self._sql.get(using)
        if found is None:
            with self._lock:
                found = self._sql.get(using) or self._compile(using)
                self._sql[using] = found
        sql, sources = found
        params = [given if name is None else given(values[name]) for name, given in sources]
        with connections[using].cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def _compile(self, using: str) -> tuple[str, list[tuple[str | None, Any]]]:
        quote = connections[using].ops.quote_name
        slots = Slots(self.kinds)
        texts, sources = [], []
        for n, part in enumerate(self.build(slots)):
            if not part.query.is_sliced:
                raise PreparedError("each part needs a limit: it is what bounds the read")
            compiled = _Compiled(part, slots, using)
            ident, time = (
                quote(part.model._meta.get_field(name).column) for name in part.query.values_select
            )
            texts.append(
                f"SELECT {n} AS part, COUNT(*) AS n, MAX(p{n}.{time}) AS latest, "  # noqa: S608  # names from the model, values as parameters
                f"MAX(p{n}.{ident}) AS highest FROM ({compiled.sql}) p{n}"
            )
            sources.extend(compiled.sources)
        return " UNION ALL ".join(texts), sources


def count_of(queryset: QuerySet[Any]) -> Subquery:
    """``SELECT COUNT(*)`` of ``queryset`` as a value in another query (no GROUP BY): a
    count that a prepared query can select, as ``.count()`` cannot be prepared."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT")).values("n")
    return Subquery(counted, output_field=IntegerField())
