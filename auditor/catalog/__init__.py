"""The catalog: everything the auditor knows about the world, loaded from TOML data files.

Sources, sinks, sanitizers, field names, permitted hosts, SDK call shapes and buyer-message
patterns live in `*.toml` beside this file. The engine reads them through `Catalog`; it never
names an SDK itself. Adding an SDK is one entry plus its positive and negative examples, which
tests/test_catalog.py runs.
"""

from __future__ import annotations

import fnmatch
import hashlib
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from typing import Any

CATALOG_FILES = ("world.toml", "fields.toml", "sources.toml", "sinks.toml", "sanitizers.toml")


def normalize_key(name: str) -> str:
    """Field names match case-insensitively, ignoring `-`, `_` and spaces (BuyerEmail == buyer-email)."""
    return re.sub(r"[-_\s]", "", name).lower()


@dataclass(frozen=True, slots=True)
class ArgSpec:
    """Which argument carries data: a position or keyword, optionally a field inside it.

    "0" first positional, "body" keyword, "self" the receiver, "*" every argument;
    "0.to_emails|1" reads field `to_emails` or `1` of the first argument when it has them.
    """

    position: int | None
    keyword: str | None
    fields: tuple[str, ...] = ()
    receiver: bool = False
    every: bool = False

    @staticmethod
    def parse(text: str) -> ArgSpec:
        head, _, rest = text.partition(".")
        fields = tuple(f for f in rest.split("|") if f) if rest else ()
        if head == "*":
            return ArgSpec(None, None, fields, every=True)
        if head == "self":
            return ArgSpec(None, None, fields, receiver=True)
        if head.isdigit():
            return ArgSpec(int(head), None, fields)
        pos, _, kw = head.partition("/")  # "1/body": position 1 or keyword body
        if pos.isdigit():
            return ArgSpec(int(pos), kw or None, fields)
        return ArgSpec(None, head, fields)


@dataclass(frozen=True, slots=True)
class Example:
    """A snippet the suite runs: `# expect: RULE` marks lines that must fire; none elsewhere."""

    code: str
    positive: bool


@dataclass(frozen=True, slots=True)
class Source:
    id: str
    calls: tuple[str, ...]
    data: str  # "order", "buyer info", "order report"
    origin: str  # display: "Orders.get_order_buyer_info"
    kind: str  # "whole": personal as a whole, fields classified on read
    path_arg: ArgSpec | None = None  # file readers: only when this argument's text matches path_pattern
    path_pattern: str | None = None
    unless_arg: ArgSpec | None = None  # ...and not when this argument matches unless_pattern (a write mode)
    unless_pattern: str | None = None
    report_types: str | None = None  # only when the report types the code names match (or it names none)
    # a report document's payload: its link (`url`, presigned; world.toml document_link_keys) points
    # at the document itself, so fetching it reads the report from Amazon's storage and the
    # response is the report
    document_link: bool = False
    # file readers: a file whose path the code does not know statically (sys.argv, a setting, a
    # dialog) may be this source's file. Its content carries a label that counts only if some code
    # reads one of its rows by an Amazon report column name (fields.toml report_column), per
    # place the file is read: Engine.confirm_unknown_file
    unknown_path: bool = False
    # any such read (a table queried from the seller's own database, whatever the query says) is
    # this source's data only as unknown_path's files are: once a row is read by a report column.
    # Such a source is never a source by itself
    by_columns: bool = False
    # keyword arguments naming the columns the read keeps (`usecols=[...]`): a report column named
    # there is read by that name (confirms an unknown_path or by_columns read)
    column_args: tuple[str, ...] = ()
    # the keys of one of its records that hold the buyer's data: a record with every one of them
    # popped or deleted is minimised (the `drop` sanitization), e.g. an order without BuyerInfo,
    # ShippingAddress and BuyerTaxInformation
    record_keys: tuple[str, ...] = ()
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True, slots=True)
class Sink:
    id: str
    rule: str | None  # None: a permitted destination that only checks buyer-facing text
    calls: tuple[str, ...]
    shapes: tuple[str, ...]
    args: tuple[ArgSpec, ...]
    destination: str
    text_args: tuple[ArgSpec, ...] = ()
    text_when: str | None = None  # "always" (buyer-facing API) | "recipient" (when args carry buyer data)
    url_args: tuple[ArgSpec, ...] = ()  # checked against permitted hosts
    sql_arg: ArgSpec | None = None  # the statement; only writes count when its text is known
    sql_pattern: str | None = None
    not_over: tuple[str, ...] = ()  # receiver's first field refs that make it harmless (csv over StringIO)
    over_arg: str | None = None  # ...or the receiver's argument of this name (Canvas(filename=buf))
    index_arg: str | None = None  # given False, the receiver's index is not written (to_csv(index=False))
    explicit: ArgSpec | None = None  # given, this argument is all the call writes to (args are not read)
    needs_arg: tuple[ArgSpec, ...] = ()  # only a sink when one of these is given (yaml.dump(data, stream))
    match_arg: ArgSpec | None = None  # only a sink when this argument's text matches match_pattern
    match_pattern: str | None = None  # (an email API's endpoint called with requests.post)
    when_arg: ArgSpec | None = None  # only a sink when this argument may be one of when_types
    when_types: tuple[str, ...] = ()  # (print(..., file=fh) with fh an open file is storage)
    unless_arg: ArgSpec | None = None  # not a sink when this argument is given and is only unless_types
    unless_types: tuple[str, ...] = ()  # (print(..., file=fh) is not the console)
    # the data is what the call itself returns, checked as argument "0" (a source that also
    # saves: Reports.get_report_document(doc, download=True, file=path) writes the report)
    result: bool = False
    # the partner answers with the records sent (a created member, a batch's new members and
    # errors): the call's result holds their data under these keys (not its ids or counts)
    echo_keys: tuple[str, ...] = ()
    # the argument naming the file the data is saved to: a path variable written there names
    # a file of that data afterwards, and a file source reading it is a source
    saves_to: ArgSpec | None = None
    # calls that write only the keys the receiver was built with, per call: (the receiver's
    # constructor argument naming them, whether the data is rows of such records)
    # (csv.DictWriter(fh, fieldnames=FIELDS).writerow(row) writes row[f] for f in FIELDS)
    row_keys: dict[str, tuple[ArgSpec, bool]] = field(default_factory=dict)
    # the exception being handled is written too: by these methods (logger.exception(...)) and by
    # any call given this argument not False (logger.error(..., exc_info=True)); a traceback shows
    # the exception's message (raise ValueError(f"bad address {addr}"))
    handled_exception: tuple[str, ...] = ()
    # ... and by these when given no error of their own (sentry_sdk.capture_exception())
    handled_exception_bare: tuple[str, ...] = ()
    # SQL functions storing their first argument encrypted (pgcrypto's pgp_sym_encrypt(%(name)s,
    # ...)): the parameter given there is stored encrypted
    sql_sealed: tuple[str, ...] = ()
    sql_params: tuple[ArgSpec, ...] = ()  # the statement's parameters (execute(sql, params))
    sql_rows: tuple[str, ...] = ()  # methods whose parameters are rows of them (executemany)
    exception_flag: ArgSpec | None = None
    # keyword arguments (and a bound logger's context entries) named as a key that a configured
    # log processor redacts are written redacted (structlog's processors, world.toml [logging])
    keyed_redaction: bool = False
    # with an exception's traceback, the values of the try block's variables are written too, once
    # a handler so configured is added (world.toml [logging] locals_configs)
    shows_locals: bool = False
    # a job queue keeping a function to run later with the call's other arguments (rq's
    # enqueue(fn, *args, **kwargs)): the function argument per call, and the keywords that are
    # the queue's own options rather than the function's
    runs: dict[str, ArgSpec] = field(default_factory=dict)
    job_options: frozenset[str] = frozenset()
    examples: tuple[Example, ...] = ()


@dataclass(frozen=True, slots=True)
class Sanitizer:
    id: str
    kind: str  # "mask" | "hash" | "keyed_hash" | "encrypt" | "drop"
    calls: tuple[str, ...]
    name_patterns: tuple[str, ...]  # regexes on the names of user-defined functions
    args: tuple[ArgSpec, ...]
    examples: tuple[Example, ...] = ()
    # a call whose data is joined with a value so named (`sha256(SALT + email)`) sanitizes as this kind
    salt_names: re.Pattern[str] | None = None
    salted_kind: str = ""


@dataclass(frozen=True, slots=True)
class FieldInfo:
    category: str  # "personal" | "container" | "public"
    data: str  # description: "buyer email"


@dataclass(frozen=True, slots=True)
class TextPattern:
    id: str
    regex: re.Pattern[str]
    data: str  # "an off-Amazon link"
    group: str  # "link" | "contact" | "promo"
    # a link whose host a template or an f-string completes at run time (what it finds ends at
    # the hole): its known labels decide, and text combined whole decides instead
    partial_host: bool = False


def _examples(entry: dict[str, Any]) -> tuple[Example, ...]:
    out: list[Example] = []
    for key, positive in (("positive", True), ("negative", False)):
        val = entry.get(key)
        if isinstance(val, str):
            out.append(Example(val, positive))
        elif isinstance(val, list):
            out.extend(Example(v, positive) for v in val)
    return tuple(out)


def _specs(values: Iterable[str] | None) -> tuple[ArgSpec, ...]:
    return tuple(ArgSpec.parse(v) for v in (values or ()))


@dataclass(frozen=True, slots=True)
class SchemaClass:
    """A serializer schema base whose subclasses declare the fields they dump (marshmallow)."""

    base: str
    fields: str  # prefix of the field types (`marshmallow.fields.`)
    attribute: str  # a field's keyword naming the key it reads
    key: str  # a field's keyword naming the key it writes
    meta: str  # the nested options class
    meta_fields: str
    meta_additional: str
    meta_exclude: str
    whole_fields: tuple[str, ...] = ()  # field types computed from the whole object
    hooks: tuple[str, ...] = ()  # decorators of methods that reshape what is dumped
    original_hooks: tuple[str, ...] = ()  # ... that do so when handed the object itself (original_arg)
    original_arg: str | None = None  # that hook's keyword that hands it the object itself


@dataclass
class Catalog:
    """All catalog data, with the look-ups the engine needs."""

    sources: tuple[Source, ...]
    sinks: tuple[Sink, ...]
    sanitizers: tuple[Sanitizer, ...]
    fields: dict[str, FieldInfo]
    key_sources: dict[str, str]  # normalized column/key name -> data, tainting on any container
    aliases: tuple[tuple[str, str], ...]  # (prefix, canonical prefix), longest first
    returns: dict[str, str]  # callee -> type of its result ("{0}" is the first string argument)
    attributes: dict[str, str]  # library attribute -> type of its value (app.logger -> logging.Logger)
    permitted_hosts: tuple[tuple[str, str], ...]  # (glob, why)
    consent_words: re.Pattern[str]
    text_patterns: tuple[TextPattern, ...]
    text_exempt_hosts: tuple[str, ...]
    builtins_clean: frozenset[str]
    builtins_elements: frozenset[str]
    passthrough_decorators: tuple[str, ...]
    mutators: frozenset[str]
    reader_methods: frozenset[str]
    task_call_methods: frozenset[str]
    receiver_callbacks: frozenset[str] = frozenset()  # fut.add_done_callback(fn): fn(fut)
    value_methods: frozenset[str] = frozenset()  # fut.result(): the receiver's value
    # schema.dump(obj): call -> (the argument dumped, the receiver's only/exclude parts, the many flag)
    schema_dumps: dict[str, tuple[ArgSpec, str, str, ArgSpec]] = field(default_factory=dict)
    schema_classes: tuple[SchemaClass, ...] = ()
    path_joins: frozenset[str] = frozenset()
    element_callbacks: frozenset[str] = frozenset()
    key_callbacks: dict[str, ArgSpec] = field(default_factory=dict)  # sorted(rows, key=fn): call -> the elements' argument
    column_lookup_methods: frozenset[str] = frozenset()  # header.index("buyer-email") on a file's rows
    column_lookup_words: tuple[str, ...] = ()  # find_column_id("buyer-name", row): words in such a function's name
    column_lookup_skip: frozenset[str] = frozenset()  # top modules never looking a column up by name
    star_element_callbacks: frozenset[str] = frozenset()
    callback_results: frozenset[str] = frozenset()  # calls whose result is what the function they run returns
    replace_methods: frozenset[str] = frozenset()  # receiver copies with keyword arguments as new parts
    update_methods: dict[str, tuple[ArgSpec, ...]] = field(default_factory=dict)  # receiver copies with a mapping's entries as new parts
    # call -> (path to a mapping in the receiver, a step of alternative part names each; the name argument)
    lookup_methods: dict[str, tuple[tuple[tuple[str, ...], ...], ArgSpec]] = field(default_factory=dict)
    groupings: frozenset[str] = frozenset()  # calls that group a table by columns (DataFrame.groupby)
    grouping_unindexed: str | None = None  # their keyword that, False, keeps the keys out of the index
    counting_aggregations: frozenset[str] = frozenset()  # aggregations that keep no value of the column
    named_aggregations: frozenset[str] = frozenset()  # aggregations named column by column (agg)
    per_row_aggregations: frozenset[str] = frozenset()  # one value per row, without the keys (transform)
    numbering_aggregations: frozenset[str] = frozenset()  # one number per row (cumcount)
    aggregation_result: str = ""  # the type an aggregation gives
    dict_types: frozenset[str] = frozenset()  # ext: refs of dict types (items/keys/values views)
    plain_dicts: frozenset[str] = frozenset()  # those whose entries are only what was stored (not a defaultdict's, a Counter's)
    inserting_dicts: frozenset[str] = frozenset()  # ext: refs of dicts a read adds its key to (defaultdict)
    text_buffers: tuple[str, ...] = ()  # in-memory buffers print(..., file=buf) writes into
    channels: frozenset[str] = frozenset()  # queues: what is put anywhere is what get() gives anywhere
    channel_writes: frozenset[str] = frozenset()  # methods writing into a buffer or a queue
    channel_reads: frozenset[str] = frozenset()  # methods reading what was written there
    text_sequences: frozenset[str] = frozenset()  # ext refs whose elements are text not known (sys.argv)
    rearranging_builtins: frozenset[str] = frozenset()  # built-ins that only rearrange the items given
    report_type_args: dict[str, tuple[ArgSpec, ...]] = field(default_factory=dict)  # call -> args naming report types
    report_lookups: dict[str, tuple[ArgSpec, ...]] = field(default_factory=dict)  # call -> the arg naming a report requested before
    exception_options: dict[str, tuple[ArgSpec, ...]] = field(default_factory=dict)  # call -> flag making a logger write the handled exception
    exception_chain_flags: dict[str, tuple[ArgSpec, ...]] = field(default_factory=dict)  # call -> flag that leaves the chain out
    text_enums: frozenset[str] = frozenset()  # library enums whose members are their names as text
    # library template object type ref -> (its text's parts, the methods filling it in, the
    # placeholder syntax): string.Template's safe_substitute
    template_types: dict[str, tuple[tuple[str, ...], frozenset[str], str]] = field(default_factory=dict)
    shared_objects: dict[str, str] = field(default_factory=dict)  # library type -> the one object it names
    per_module_shared: frozenset[str] = frozenset()  # shared objects that are one per module (a click CLI's Context)
    # decorator -> (parameter position, the library type its framework passes there, or "" and
    # that object's attribute passed instead: click's pass_obj passes the Context's `obj`)
    injected_params: dict[str, tuple[int, str, str]] = field(default_factory=dict)
    construction_hooks: frozenset[str] = frozenset()  # decorators of methods run on each new instance
    url_issuers: tuple[str, ...] = ()  # SDKs whose responses' URLs point at Amazon (presigned documents)
    partner_records: tuple[str, ...] = ()  # SDKs whose objects' public members are the partner's (a carrier's)
    exception_suppressors: tuple[str, ...] = ()  # `with suppress(E):` ends the block's exceptions of type E
    tuple_callbacks: frozenset[str] = frozenset()
    template_methods: tuple[tuple[str, str], ...] = ()  # (library method, the subclass method it runs)
    generator_managers: tuple[str, ...] = ()  # decorators making a generator a context manager
    # decorators registering a model-signal receiver: (decorator, sender keyword, parameter that
    # is an instance of the sender): @receiver(post_save, sender=Order) def f(sender, instance, ...)
    signal_receivers: tuple[tuple[str, str, str], ...] = ()
    table_copies: frozenset[str] = frozenset()  # methods giving the receiver's table, columns kept
    index_resets: frozenset[str] = frozenset()  # of those, the ones that make the index columns
    index_reset_drop: str = ""  # their keyword that, given True, drops the index instead
    table_merges: dict[str, tuple[tuple[ArgSpec, ...], bool]] = field(default_factory=dict)  # call -> (tables, given as a list)
    # of those, the ones stacking rows (pd.concat): call -> (the axis argument, its values for rows)
    table_stacks: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)
    constructors: frozenset[str] = frozenset()  # lower-case library calls that build an object of their arguments
    table_constructors: dict[str, tuple[ArgSpec, ArgSpec]] = field(default_factory=dict)  # call -> (rows, column names)
    table_renames: tuple[tuple[str, ArgSpec], ...] = ()  # (method, the mapping argument)
    # (method, the index's new name, the same given as the index's own keyword, the axis argument,
    # the axis values naming the columns' axis instead)
    index_renames: tuple[tuple[str, ArgSpec, ArgSpec, ArgSpec, frozenset[str]], ...] = ()
    record_validators: tuple[tuple[str, ArgSpec], ...] = ()  # (classmethod, the mapping it builds the instance from)
    table_rows: tuple[tuple[str, ArgSpec | None, frozenset[str], bool], ...] = ()  # (method, arg, values, pairs): its rows
    table_column_dicts: tuple[tuple[str, ArgSpec, frozenset[str]], ...] = ()  # (method, arg, values): its columns by name
    fold_calls: dict[str, tuple[ArgSpec, ArgSpec, ArgSpec]] = field(default_factory=dict)  # call -> (fn, items, initial)
    record_iterators: frozenset[str] = frozenset()  # ext refs of readers whose elements are records
    document_link_keys: frozenset[str] = frozenset()  # normalized keys of a report document's own link
    issued_link_keys: frozenset[str] = frozenset()  # normalized keys of links Amazon issues in any of its data
    text_methods: frozenset[str] = frozenset()  # methods of text that give text (str.strip)
    response_status_attrs: frozenset[str] = frozenset()  # an HTTP response's status code (status_code)
    response_ok_attrs: frozenset[str] = frozenset()  # an HTTP response's success flag (ok)
    environment_models: tuple[str, ...] = ()  # settings classes whose fields the environment sets
    child_factories: frozenset[str] = frozenset()  # SubElement(parent, tag): an element of parent's tree
    key_readers: frozenset[str] = frozenset()  # get = row.get; get("BuyerEmail") reads that key
    reorderers: frozenset[str] = frozenset()  # vals.sort(): a list's positions no longer known
    element_getters: frozenset[str] = frozenset()  # q.get(), d.popleft(), rows.pop(): one element
    element_getter_options: frozenset[str] = frozenset()  # q.get(timeout=5): still one element
    item_views: frozenset[str] = frozenset()  # counter.most_common(n): some (key, value) pairs of a dict type
    counting_dicts: frozenset[str] = frozenset()  # Counter(names): elements become keys, values are counts
    keepers: frozenset[str] = frozenset()  # functools.partial: keeps its function, does not call it
    header_objects: frozenset[str] = frozenset()  # email messages: a header is only what code set
    # message brokers (world.toml [brokers]): call -> (topic, value, key, delivery callback) specs and
    # the type of the message the callback gets; a poll -> (its message type, whether a list of them)
    broker_publishes: dict[str, tuple[ArgSpec, ArgSpec, ArgSpec | None, ArgSpec | None, str]] = field(default_factory=dict)
    broker_polls: dict[str, tuple[str, bool]] = field(default_factory=dict)
    broker_message_parts: dict[str, str] = field(default_factory=dict)  # Message.value -> "value"
    broker_topic_objects: frozenset[str] = frozenset()
    broker_agents: dict[str, ArgSpec] = field(default_factory=dict)  # decorator -> the topic argument
    # polars (world.toml [polars]): expression types, calls making one, column selections, groupings
    expression_types: frozenset[str] = frozenset()
    expression_makers: frozenset[str] = frozenset()
    expression_nameless: frozenset[str] = frozenset()
    expression_selects: frozenset[str] = frozenset()
    expression_group_by: frozenset[str] = frozenset()
    expression_aggregates: frozenset[str] = frozenset()
    expression_table: str = ""  # the table type a selection or an aggregation gives
    plain_annotation_modules: tuple[str, ...] = ()  # typing: an annotation from there gives no library type
    identifying_data: frozenset[str] = frozenset()  # kinds a column drop must remove to minimise rows held whole
    plain_data: frozenset[str] = frozenset()  # refs of loaders' results that are plain dicts and lists (json.load())
    logger_getters: frozenset[str] = frozenset()  # logging.getLogger: the logger named by its argument
    log_binders: frozenset[str] = frozenset()  # log.bind(k=v): a logger carrying k as context
    # structlog.configure(processors=[...]): the argument holding the processors, and the
    # position of the event dict each is called with
    log_processor_configs: dict[str, tuple[ArgSpec, int]] = field(default_factory=dict)
    log_locals_configs: dict[str, ArgSpec] = field(default_factory=dict)  # logger.add(..., diagnose=True)
    log_rebinders: frozenset[str] = frozenset()  # log.new(k=v): the same with the old context dropped
    log_unbinders: frozenset[str] = frozenset()  # log.unbind("k"): the logger without context k
    log_configs: frozenset[str] = frozenset()  # logging.config.dictConfig
    log_settings_configs: frozenset[str] = frozenset()  # a settings module's LOGGING, applied by its framework
    log_config_changers: frozenset[str] = frozenset()  # methods that change a configuration dict
    log_config_leaves: frozenset[str] = frozenset()  # its settings that change no redaction
    log_add_filters: frozenset[str] = frozenset()  # Logger.addFilter
    log_add_handlers: frozenset[str] = frozenset()  # Logger.addHandler
    log_unfiltered_args: frozenset[str] = frozenset()  # a log call's keywords a message filter does not see (extra=)
    log_record_fields: frozenset[str] = frozenset()  # what a redacting filter rewrites (record.msg)
    root_log_calls: frozenset[str] = frozenset()  # logging.info(...): the root logger's
    settings_objects: frozenset[str] = frozenset()  # a framework's settings object: the project's settings module
    settings_module_names: frozenset[str] = frozenset()  # what such a module is named (its last part)
    copy_calls: frozenset[str] = frozenset()  # calls that make a new container of their argument (dict(row))
    copy_methods: frozenset[str] = frozenset()  # methods that do (x.copy())
    sender_headers: frozenset[str] = frozenset()  # an email's headers naming its sender (lower case)
    sender_header_types: frozenset[str] = frozenset()  # ext: refs of the email messages they are set on
    api_ack_clients: frozenset[str] = frozenset()  # Amazon API clients answering with acknowledgements (api_response)
    api_ack_methods: frozenset[str] = frozenset()  # ...and single methods of other clients that do
    series_accessors: frozenset[str] = frozenset()  # pandas Series accessors (`.dt`, `.str`): a Series, not a name
    index_free: frozenset[str] = frozenset()  # methods giving a Series' values without its index
    table_attributes: frozenset[str] = frozenset()  # a table's attributes that are not columns (`df.index`)
    path_finders: dict[str, bool] = field(default_factory=dict)  # el.find("o:Order/o:BuyerEmail"): method -> gives many
    table_indexers: dict[str, int] = field(default_factory=dict)  # ext ref of df.loc -> position naming the columns
    positional_indexers: frozenset[str] = frozenset()  # of those, the ones given columns by position (df.iloc)
    column_selectors: tuple[tuple[str, tuple[ArgSpec, ...], ArgSpec | None], ...] = ()  # (method, args naming the columns kept, arg that must be given)
    replace_calls: frozenset[str] = frozenset()
    identity_calls: frozenset[str] = frozenset()
    data_calls: frozenset[str] = frozenset()
    data_methods: frozenset[str] = frozenset()  # data_calls on their receiver (`row._asdict()`)
    # library objects standing for something remote: a mutator-named call on one (`doc_ref.update(
    # {...})`) sends what it is given, it does not put it into the object
    remote_objects: frozenset[str] = frozenset()
    exception_texts: frozenset[str] = frozenset()  # the exception being handled, as text
    exception_info: frozenset[str] = frozenset()  # (type, the exception being handled, traceback)
    gathers: frozenset[str] = frozenset()  # results of the positional arguments, in order
    key_removers: frozenset[str] = frozenset()  # methods removing the key given from the receiver
    field_lists: frozenset[str] = frozenset()  # a dataclass's field descriptors (dataclasses.fields)
    field_name_attrs: frozenset[str] = frozenset()  # a record class's field names as a tuple (`Row._fields`)
    record_bases: frozenset[str] = frozenset()  # ext refs of the bases that make a class a named tuple
    match_args_attrs: frozenset[str] = frozenset()  # field_name_attrs a dataclass sets too
    dataclass_decorators: frozenset[str] = frozenset()
    value_tuples: frozenset[str] = frozenset()  # of those, the ones giving the values as a tuple (astuple)
    record_factories: frozenset[str] = frozenset()
    clean_methods: frozenset[str] = frozenset()
    orm_models: frozenset[str] = frozenset()
    orm_managers: frozenset[str] = frozenset()
    orm_manager_types: frozenset[str] = frozenset()  # a model attribute holding one is a manager
    orm_manager_makers: frozenset[str] = frozenset()  # ...or holding what these calls make
    orm_many: frozenset[str] = frozenset()
    orm_counts: frozenset[str] = frozenset()  # manager methods giving a count or a flag
    orm_queries: frozenset[str] = frozenset()  # session.query(Model): that model's rows (instances)
    orm_adds: frozenset[str] = frozenset()  # session.add(obj): obj's attributes are its model's rows
    orm_statements: frozenset[str] = frozenset()  # select(Model): a statement naming its models
    orm_statement_methods: frozenset[str] = frozenset()  # stmt.where(...): the same statement
    orm_statement_queries: frozenset[str] = frozenset()  # session.scalars(stmt): the models' rows
    orm_statement_rows: frozenset[str] = frozenset()  # session.scalar(stmt), get(Model, id): one row
    orm_encrypted_fields: frozenset[str] = frozenset()  # model field types storing encrypted
    orm_column_declarations: frozenset[str] = frozenset()  # Column(type, ...): the type is the first argument
    orm_relation_fields: frozenset[str] = frozenset()  # model field types holding another row's key
    metadata_attrs: frozenset[str] = frozenset()  # library type.attr describing the object, not its data
    metadata_numbers: frozenset[str] = frozenset()  # ...of those, the numbers (ws.max_row)
    digest: str = ""
    _by_call: dict[str, list[Sink]] = field(default_factory=dict, init=False, repr=False)
    _sources_by_call: dict[str, list[Source]] = field(default_factory=dict, init=False, repr=False)
    # calls of sources that read files from paths not known statically too (Source.unknown_path)
    unknown_path_calls: set[str] = field(default_factory=set, init=False, repr=False)
    _san_by_call: dict[str, Sanitizer] = field(default_factory=dict, init=False, repr=False)
    _canon_memo: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _shape_memo: dict[str, list[Sink]] = field(default_factory=dict, init=False, repr=False)
    _shape_index: dict[str, list[Sink]] = field(default_factory=dict, init=False, repr=False)
    _partner_memo: dict[frozenset[str], bool] = field(default_factory=dict, init=False, repr=False)
    # the parts of a client object that say where its requests go (`self.base_url` url_args)
    client_url_fields: tuple[str, ...] = field(default=(), init=False, repr=False)
    returned_types: frozenset[str] = field(default=frozenset(), init=False, repr=False)  # the types in `returns`

    def __post_init__(self) -> None:
        self.returned_types = frozenset(t for t in self.returns.values() if "{0}" not in t)
        self.client_url_fields = tuple(sorted({f for s in self.sinks for spec in s.url_args if spec.receiver for f in spec.fields}))
        for s in self.sinks:
            for p in s.shapes:
                last = p.rsplit(".", 1)[-1]
                if any(ch in last for ch in "*?["):
                    raise ValueError(f"sink {s.id}: a shape must end in a literal method name: {p}")
                bucket = self._shape_index.setdefault(last, [])
                if s not in bucket:
                    bucket.append(s)
        for s in self.sinks:
            for c in s.calls:
                self._by_call.setdefault(c, []).append(s)
        for src in self.sources:
            for c in src.calls:
                self._sources_by_call.setdefault(c, []).append(src)
                if src.unknown_path or src.by_columns:
                    self.unknown_path_calls.add(c)
        for san in self.sanitizers:
            for c in san.calls:
                self._san_by_call[c] = san

    # ------------------------------------------------------------------ look-ups
    def canonical(self, name: str) -> str:
        """Map an import path to the catalog's name for it (`sp_api.api.orders.orders_v0.OrdersV0` -> ...)."""
        hit = self._canon_memo.get(name)
        if hit is not None:
            return hit
        out = name
        for prefix, canon in self.aliases:
            if name == prefix or name.startswith(prefix + "."):
                out = canon + name[len(prefix) :]
                break
        if len(self._canon_memo) < 200_000:
            self._canon_memo[name] = out
        return out

    def sinks_for(self, names: Iterable[str]) -> list[Sink]:
        out: list[Sink] = []
        for n in names:
            out.extend(self._by_call.get(n, ()))
        return out

    def sinks_for_shape(self, shape: str) -> list[Sink]:
        hit = self._shape_memo.get(shape)
        if hit is None:
            last = shape.rsplit(".", 1)[-1]
            hit = [
                s
                for s in self._shape_index.get(last, ())
                if any(fnmatch.fnmatchcase(shape, p) for p in s.shapes)
            ]
            if len(self._shape_memo) < 200_000:
                self._shape_memo[shape] = hit
        return hit

    @cached_property
    def table_types(self) -> frozenset[str]:
        """Library types that are tables: those with a row-and-column indexer (`df.loc`), as refs."""
        return frozenset(r.rsplit(".", 1)[0] for r in self.table_indexers)

    def sources_for(self, name: str) -> list[Source]:
        return self._sources_by_call.get(name, [])

    def source_by_id(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def sanitizer_for(self, name: str) -> Sanitizer | None:
        return self._san_by_call.get(name)

    @cached_property
    def _name_sanitizers(self) -> list[tuple[re.Pattern[str], Sanitizer]]:
        return [(re.compile(p), s) for s in self.sanitizers for p in s.name_patterns]

    def sanitizer_for_function_name(self, name: str) -> Sanitizer | None:
        for rx, san in self._name_sanitizers:
            if rx.fullmatch(name):
                return san
        return None

    def classify_key(self, key: str) -> FieldInfo | None:
        info = self.fields.get(normalize_key(key))
        if info is None and "." in key.strip("."):
            # a flattened path (pandas.json_normalize's "OrderTotal.Amount", "BuyerInfo.BuyerEmail"
            # columns): the field at its end
            info = self.fields.get(normalize_key(key.rsplit(".", 1)[1]))
        return info

    def suppresses(self, ref: str) -> bool:
        """Whether a value with this ref is a context manager that swallows exceptions."""
        return ref.startswith("ext:") and any(ref[4:].split("(")[0] == s for s in self.exception_suppressors)

    def url_issued(self, ref: str) -> bool:
        """Whether a value with this ref was read out of a response of an SDK in url_issuers."""
        return ref.startswith("ext:") and any(ref.startswith(f"ext:{p}.") for p in self.url_issuers)

    def api_response(self, callee: str) -> bool:
        """Whether callee is a method of an Amazon API client that answers with an acknowledgement
        (`sp_api.api.Upload.upload_document`): its result is not made of what was sent."""
        return callee in self.api_ack_methods or callee.rsplit(".", 1)[0] in self.api_ack_clients

    def partner_record(self, refs: frozenset[str]) -> bool:
        """Whether a value may be an object one of the partner_records SDKs returned. Memoised:
        the engine asks it for the same few ref sets millions of times on a large codebase."""
        hit = self._partner_memo.get(refs)
        if hit is None:
            hit = any(r.startswith("ext:") and r[4:].split(".", 1)[0] in self.partner_records for r in refs)
            if len(self._partner_memo) < 200_000:
                self._partner_memo[refs] = hit
        return hit

    def host_permitted(self, host: str) -> str | None:
        host = host.lower().rstrip(".")
        for pattern, why in self.permitted_hosts:
            if fnmatch.fnmatchcase(host, pattern) or (pattern.startswith("*.") and host == pattern[2:]):
                return why
        return None

    def result_type(self, callee: str, first_str: str | None) -> str:
        """The type name of what calling `callee` returns, for resolving later method calls."""
        tmpl = self.returns.get(callee)
        if tmpl is None:
            last = callee.rsplit(".", 1)[-1]
            return callee if last[:1].isupper() else callee + "()"
        if "{0}" in tmpl:
            return tmpl.replace("{0}", first_str or "?")
        return tmpl

    def with_extra(
        self,
        *,
        sources: Iterable[Source] = (),
        sinks: Iterable[Sink] = (),
        sanitizers: Iterable[Sanitizer] = (),
        permitted_hosts: Iterable[tuple[str, str]] = (),
        consent_words: Iterable[str] = (),
    ) -> Catalog:
        """A copy with a project's own models added (from configuration)."""
        words = list(consent_words)
        consent = self.consent_words
        if words:
            consent = re.compile(consent.pattern + "|" + "|".join(re.escape(w) for w in words), re.I)
        cat = replace(
            self,
            sources=self.sources + tuple(sources),
            sinks=self.sinks + tuple(sinks),
            sanitizers=self.sanitizers + tuple(sanitizers),
            permitted_hosts=self.permitted_hosts + tuple(permitted_hosts),
            consent_words=consent,
        )
        extra = repr((sources, sinks, sanitizers, permitted_hosts, words)).encode()
        cat.digest = hashlib.sha256(self.digest.encode() + extra).hexdigest()[:16]
        return cat


def _source(e: dict[str, Any]) -> Source:
    return Source(
        id=e["id"],
        calls=tuple(e.get("calls", ())),
        data=e.get("data", "customer data"),
        origin=e.get("origin", e["id"]),
        kind=e.get("kind", "whole"),
        path_arg=ArgSpec.parse(e["path_arg"]) if "path_arg" in e else None,
        path_pattern=e.get("path_pattern"),
        unless_arg=ArgSpec.parse(e["unless_arg"]) if "unless_arg" in e else None,
        unless_pattern=e.get("unless_pattern"),
        report_types=e.get("report_types"),
        document_link=bool(e.get("document_link", False)),
        unknown_path=bool(e.get("unknown_path", False)),
        by_columns=bool(e.get("by_columns", False)),
        column_args=tuple(e.get("column_args", ())),
        record_keys=tuple(e.get("record_keys", ())),
        examples=_examples(e),
    )


def _sink(e: dict[str, Any]) -> Sink:
    return Sink(
        id=e["id"],
        rule=e.get("rule"),
        calls=tuple(e.get("calls", ())),
        shapes=tuple(e.get("shapes", ())),
        args=_specs(e.get("args", ["*"] if e.get("rule") else [])),
        destination=e.get("destination", e["id"]),
        text_args=_specs(e.get("text_args")),
        text_when=e.get("text_when"),
        url_args=_specs(e.get("url_args")),
        sql_arg=ArgSpec.parse(e["sql_arg"]) if "sql_arg" in e else None,
        sql_pattern=e.get("sql_pattern"),
        not_over=tuple(e.get("not_over", ())),
        over_arg=e.get("over_arg"),
        index_arg=e.get("index_arg"),
        explicit=ArgSpec.parse(e["explicit"]) if "explicit" in e else None,
        needs_arg=_specs(e.get("needs_arg")),
        match_arg=ArgSpec.parse(e["match_arg"]) if "match_arg" in e else None,
        match_pattern=e.get("match_pattern"),
        when_arg=ArgSpec.parse(e["when_arg"]) if "when_arg" in e else None,
        when_types=tuple(e.get("when_types", ())),
        unless_arg=ArgSpec.parse(e["unless_arg"]) if "unless_arg" in e else None,
        unless_types=tuple(e.get("unless_types", ())),
        result=bool(e.get("result", False)),
        echo_keys=tuple(e.get("echo_keys", ())),
        saves_to=_specs([e["saves_to"]])[0] if "saves_to" in e else None,
        row_keys={r["call"]: (ArgSpec.parse(r["keys"]), bool(r.get("rows", False))) for r in e.get("row_keys", ())},
        runs={call: ArgSpec.parse(spec) for call, spec in e.get("runs", {}).items()},
        job_options=frozenset(e.get("job_options", ())),
        handled_exception=tuple(e.get("handled_exception", ())),
        handled_exception_bare=tuple(e.get("handled_exception_bare", ())),
        sql_sealed=tuple(e.get("sql_sealed", ())),
        sql_params=_specs(e.get("sql_params")),
        sql_rows=tuple(e.get("sql_rows", ())),
        exception_flag=ArgSpec.parse(e["exception_flag"]) if "exception_flag" in e else None,
        keyed_redaction=bool(e.get("keyed_redaction", False)),
        shows_locals=bool(e.get("shows_locals", False)),
        examples=_examples(e),
    )


def _sanitizer(e: dict[str, Any]) -> Sanitizer:
    return Sanitizer(
        id=e["id"],
        kind=e["kind"],
        calls=tuple(e.get("calls", ())),
        name_patterns=tuple(e.get("name_patterns", ())),
        args=_specs(e.get("args", ["*"])),
        examples=_examples(e),
        salt_names=re.compile(e["salted"]["names"]) if "salted" in e else None,
        salted_kind=e["salted"]["kind"] if "salted" in e else "",
    )


def _type_refs(types: Iterable[str]) -> frozenset[str]:
    """The refs a value of these library types has: `ext:T` for the type, `ext:T()` for what
    calling it built."""
    return frozenset(f"ext:{t}{call}" for t in types for call in ("", "()"))


def _call_args(entries: Iterable[dict[str, str]]) -> dict[str, tuple[ArgSpec, ...]]:
    """`[{ call = "...", arg = "..." }, ...]` as call -> the arguments named for it."""
    out: dict[str, list[ArgSpec]] = {}
    for t in entries:
        out.setdefault(t["call"], []).append(ArgSpec.parse(t["arg"]))
    return {c: tuple(args) for c, args in sorted(out.items())}


def load_catalog() -> Catalog:
    """Read the bundled TOML files into one Catalog (cached per process)."""
    global _CACHED
    if _CACHED is not None:
        return _CACHED
    raw: dict[str, dict[str, Any]] = {}
    digest = hashlib.sha256()
    pkg = resources.files("auditor.catalog")
    for name in CATALOG_FILES:
        data = pkg.joinpath(name).read_bytes()
        digest.update(data)
        raw[name] = tomllib.loads(data.decode("utf-8"))
    world = raw["world.toml"]
    fields: dict[str, FieldInfo] = {}
    key_sources: dict[str, str] = {}
    for category in ("public", "container", "personal"):
        for group in raw["fields.toml"].get(category, []):
            for n in group["names"]:
                fields[normalize_key(n)] = FieldInfo(category, group["data"])
    for group in raw["fields.toml"].get("report_column", []):
        for n in group["names"]:
            key_sources[normalize_key(n)] = group["data"]
            fields.setdefault(normalize_key(n), FieldInfo("personal", group["data"]))
    text_patterns = tuple(
        TextPattern(p["id"], re.compile(p["regex"], re.I), p["data"], p["group"], bool(p.get("partial_host", False)))
        for p in world["buyer_text"]["patterns"]
    )
    aliases = sorted(((a["from"], a["to"]) for a in world["aliases"]), key=lambda p: -len(p[0]))
    cat = Catalog(
        sources=tuple(_source(e) for e in raw["sources.toml"]["source"]),
        sinks=tuple(_sink(e) for e in raw["sinks.toml"]["sink"]),
        sanitizers=tuple(_sanitizer(e) for e in raw["sanitizers.toml"]["sanitizer"]),
        fields=fields,
        key_sources=key_sources,
        aliases=tuple(aliases),
        returns={r["call"]: r["type"] for r in world["returns"]},
        attributes={a["attr"]: a["type"] for a in world["attributes"]},
        metadata_attrs=frozenset(world["metadata_attributes"]["attrs"]) | frozenset(world["metadata_attributes"].get("numbers", ())),
        metadata_numbers=frozenset(world["metadata_attributes"].get("numbers", ())),
        permitted_hosts=tuple((h["host"], h["why"]) for h in world["permitted_hosts"]),
        url_issuers=tuple(world.get("url_issuers", {}).get("sdks", ())),
        partner_records=tuple(world.get("partner_records", {}).get("sdks", ())),
        exception_suppressors=tuple(world["methods"].get("exception_suppressors", ())),
        consent_words=re.compile(world["consent"]["regex"], re.I),
        text_patterns=text_patterns,
        text_exempt_hosts=tuple(world["buyer_text"]["exempt_hosts"]),
        builtins_clean=frozenset(world["builtins"]["clean"]),
        builtins_elements=frozenset(world["builtins"]["elements"]),
        passthrough_decorators=tuple(world["decorators"]["passthrough"]),
        per_module_shared=frozenset(world.get("shared_scope", {}).get("per_module", ())),
        injected_params={d["decorator"]: (int(d["param"]), d["type"], d.get("attr", "")) for d in world["decorators"].get("injected", ())},
        construction_hooks=frozenset(world["decorators"].get("construction_hooks", ())),
        mutators=frozenset(world["methods"]["mutators"]),
        reader_methods=frozenset(world["methods"]["readers"]),
        key_readers=frozenset(world["methods"].get("key_readers", ())),
        reorderers=frozenset(world["methods"].get("reorderers", ())),
        environment_models=tuple(world["methods"].get("environment_models", ())),
        child_factories=frozenset(world["methods"].get("child_factories", ())),
        element_getters=frozenset(world["methods"].get("element_getters", ())),
        element_getter_options=frozenset(world["methods"].get("element_getter_options", ())),
        item_views=frozenset(world["methods"].get("item_views", ())),
        counting_dicts=frozenset(world["methods"].get("counting_dicts", ())),
        keepers=frozenset(world["methods"].get("keepers", ())),
        header_objects=frozenset(world["methods"].get("header_objects", ())),
        broker_publishes={
            p["call"]: (
                ArgSpec.parse(p["topic"]), ArgSpec.parse(p["value"]),
                ArgSpec.parse(p["key"]) if "key" in p else None, ArgSpec.parse(p["callback"]) if "callback" in p else None,
                p.get("message", ""),
            )
            for p in world.get("brokers", {}).get("publishes", ())
        },
        broker_polls={p["call"]: (p["message"], bool(p.get("many"))) for p in world.get("brokers", {}).get("polls", ())},
        broker_message_parts={
            **{c: "value" for c in world.get("brokers", {}).get("message_values", ())},
            **{c: "key" for c in world.get("brokers", {}).get("message_keys", ())},
        },
        broker_topic_objects=frozenset(world.get("brokers", {}).get("topic_objects", ())),
        broker_agents={a["decorator"]: ArgSpec.parse(a["topic"]) for a in world.get("brokers", {}).get("agents", ())},
        expression_types=frozenset(world.get("polars", {}).get("expression_types", ())),
        expression_makers=frozenset(world.get("polars", {}).get("makers", ())),
        expression_nameless=frozenset(world.get("polars", {}).get("nameless", ())),
        expression_selects=frozenset(world.get("polars", {}).get("selects", ())),
        expression_group_by=frozenset(world.get("polars", {}).get("group_by", ())),
        expression_aggregates=frozenset(world.get("polars", {}).get("aggregates", ())),
        expression_table=world.get("polars", {}).get("table", ""),
        plain_annotation_modules=tuple(world["methods"].get("plain_annotation_modules", ())),
        identifying_data=frozenset(world["methods"].get("identifying_data", ())),
        api_ack_clients=frozenset(world["methods"].get("api_ack_clients", ())),
        api_ack_methods=frozenset(world["methods"].get("api_ack_methods", ())),
        series_accessors=frozenset(world.get("grouping", {}).get("series_accessors", ())),
        index_free=frozenset(world.get("grouping", {}).get("index_free", ())),
        table_attributes=frozenset(world.get("grouping", {}).get("table_attributes", ())),
        path_finders={m: True for m in world["methods"].get("path_finders_many", ())} | {m: False for m in world["methods"].get("path_finders", ())},
        task_call_methods=frozenset(world["methods"]["task_calls"]),
        receiver_callbacks=frozenset(world["methods"].get("receiver_callbacks", ())),
        value_methods=frozenset(world["methods"].get("value_methods", ())),
        schema_dumps={
            e["call"]: (ArgSpec.parse(e["data"]), e["only"], e["exclude"], ArgSpec(None, e["many"])) for e in world["methods"].get("schema_dumps", ())
        },
        schema_classes=tuple(
            SchemaClass(**{**e, **{k: tuple(e.get(k, ())) for k in ("whole_fields", "hooks", "original_hooks")}})
            for e in world["methods"].get("schema_classes", ())
        ),
        path_joins=frozenset(world["methods"]["path_joins"]),
        element_callbacks=frozenset(world["methods"]["element_callbacks"]),
        key_callbacks={k["call"]: ArgSpec.parse(k["items"]) for k in world["methods"].get("key_callbacks", ())},
        column_lookup_methods=frozenset(world["methods"].get("column_lookup_methods", ())),
        column_lookup_words=tuple(world["methods"].get("column_lookup_words", ())),
        column_lookup_skip=frozenset(world["methods"].get("column_lookup_skip", ())),
        star_element_callbacks=frozenset(world["methods"].get("star_element_callbacks", ())),
        callback_results=frozenset(world["methods"].get("callback_results", ())),
        groupings=frozenset(world.get("grouping", {}).get("calls", ())),
        grouping_unindexed=world.get("grouping", {}).get("unindexed_arg"),
        replace_methods=frozenset(world["methods"].get("replace_methods", ())),
        update_methods=_call_args(world["methods"].get("update_methods", ())),
        lookup_methods={
            m["call"]: (tuple(tuple(step.split("|")) for step in m["store"]), ArgSpec.parse(m["name"]))
            for m in world["methods"].get("lookup_methods", ())
        },
        counting_aggregations=frozenset(world.get("grouping", {}).get("counting", ())),
        named_aggregations=frozenset(world.get("grouping", {}).get("named", ())),
        per_row_aggregations=frozenset(world.get("grouping", {}).get("per_row", ())),
        numbering_aggregations=frozenset(world.get("grouping", {}).get("numbering", ())),
        aggregation_result=world.get("grouping", {}).get("result", ""),
        dict_types=_type_refs(world["methods"].get("dict_types", ())),
        plain_dicts=_type_refs(world["methods"].get("dict_types", ()))
        - _type_refs(world["methods"].get("inserting_dicts", ()))
        - _type_refs(world["methods"].get("counting_dicts", ())),
        plain_data=frozenset(f"ext:{t}()" for t in world["methods"].get("plain_data_loaders", ())),
        logger_getters=frozenset(world.get("logging", {}).get("getters", ())),
        log_binders=frozenset(world.get("logging", {}).get("binders", ())),
        log_processor_configs={e["call"]: (ArgSpec.parse(e["arg"]), int(e["event_arg"])) for e in world.get("logging", {}).get("processor_configs", ())},
        log_locals_configs={e["call"]: ArgSpec(None, e["flag"]) for e in world.get("logging", {}).get("locals_configs", ())},
        log_rebinders=frozenset(world.get("logging", {}).get("rebinders", ())),
        log_unbinders=frozenset(world.get("logging", {}).get("unbinders", ())),
        log_configs=frozenset(world.get("logging", {}).get("configs", ())),
        log_settings_configs=frozenset(world.get("logging", {}).get("settings_configs", ())),
        log_config_changers=frozenset(world.get("logging", {}).get("config_changers", ())),
        log_config_leaves=frozenset(world.get("logging", {}).get("config_leaves", ())),
        log_add_filters=frozenset(world.get("logging", {}).get("add_filters", ())),
        log_add_handlers=frozenset(world.get("logging", {}).get("add_handlers", ())),
        log_unfiltered_args=frozenset(world.get("logging", {}).get("unfiltered_args", ())),
        log_record_fields=frozenset(world.get("logging", {}).get("record_fields", ())),
        root_log_calls=frozenset(world.get("logging", {}).get("root_calls", ())),
        settings_objects=frozenset(world["methods"].get("settings_objects", ())),
        settings_module_names=frozenset(world["methods"].get("settings_module_names", ())),
        copy_calls=frozenset(world["methods"].get("copy_calls", ())),
        copy_methods=frozenset(world["methods"].get("copy_methods", ())),
        sender_headers=frozenset(h.lower() for h in world["methods"].get("sender_headers", ())),
        sender_header_types=_type_refs(world["methods"].get("sender_header_types", ())),
        inserting_dicts=_type_refs(world["methods"].get("inserting_dicts", ())),
        text_buffers=tuple(world["methods"].get("text_buffers", ())),
        text_sequences=frozenset("ext:" + n for n in world["methods"].get("text_sequences", ())),
        rearranging_builtins=frozenset(world["methods"].get("rearranging_builtins", ())),
        report_type_args=_call_args(world["methods"].get("report_type_args", ())),
        report_lookups=_call_args(world["methods"].get("report_lookups", ())),
        exception_options=_call_args(world["methods"].get("exception_options", ())),
        exception_chain_flags=_call_args(world["methods"].get("exception_chain_flags", ())),
        text_enums=frozenset(world["methods"].get("text_enums", ())),
        template_types={
            ref: (tuple(t["text"]), frozenset(t["methods"]), t["syntax"])
            for t in world["methods"].get("template_types", ())
            for ref in sorted(_type_refs([t["type"]]))
        },
        channels=frozenset(world["methods"].get("channels", ())),
        channel_writes=frozenset(world["methods"].get("channel_writes", ())),
        channel_reads=frozenset(world["methods"].get("channel_reads", ())),
        shared_objects={
            t + call: obj for obj, types in sorted(world.get("shared_objects", {}).items()) for t in types for call in ("", "()")
        },
        tuple_callbacks=frozenset(world["methods"].get("tuple_callbacks", ())),
        template_methods=tuple((t["call"], t["runs"]) for t in world["methods"].get("template_methods", ())),
        generator_managers=tuple(world["methods"].get("generator_managers", ())),
        signal_receivers=tuple((r["decorator"], r["sender"], r["instance"]) for r in world["methods"].get("signal_receivers", ())),
        table_copies=frozenset(world["methods"].get("table_copies", ())),
        index_resets=frozenset(world["methods"].get("index_resets", ())),
        index_reset_drop=world["methods"].get("index_reset_drop", ""),
        table_merges={m["call"]: (_specs(m["args"]), bool(m.get("elements", False))) for m in world["methods"].get("table_merges", ())},
        table_stacks={
            m["call"]: (m["stacks"]["axis"], frozenset(m["stacks"]["rows"])) for m in world["methods"].get("table_merges", ()) if m.get("stacks")
        },
        constructors=frozenset(world["methods"].get("constructors", ())),
        table_constructors={m["call"]: (_specs([m["data"]])[0], _specs([m["columns"]])[0]) for m in world["methods"].get("table_constructors", ())},
        table_renames=tuple((t["call"], ArgSpec.parse(t["arg"])) for t in world["methods"].get("table_renames", ())),
        index_renames=tuple(
            (t["call"], ArgSpec.parse(t["arg"]), ArgSpec.parse(t["index_arg"]), ArgSpec.parse(t["axis_arg"]), frozenset(t["columns_axis"]))
            for t in world["methods"].get("index_renames", ())
        ),
        record_validators=tuple((t["call"], ArgSpec.parse(t["arg"])) for t in world["methods"].get("record_validators", ())),
        table_rows=tuple(
            (t["call"], ArgSpec.parse(t["arg"]) if "arg" in t else None, frozenset(t.get("values", ())), bool(t.get("pairs")))
            for t in world["methods"].get("table_rows", ())
        ),
        table_column_dicts=tuple(
            (t["call"], ArgSpec.parse(t["arg"]), frozenset(t.get("values", ()))) for t in world["methods"].get("table_column_dicts", ())
        ),
        fold_calls={
            f["call"]: (ArgSpec.parse(f["fn"]), ArgSpec.parse(f["items"]), ArgSpec.parse(f["initial"]))
            for f in world["methods"].get("fold_calls", ())
        },
        response_status_attrs=frozenset(world["methods"].get("response_status_attrs", ())),
        response_ok_attrs=frozenset(world["methods"].get("response_ok_attrs", ())),
        document_link_keys=frozenset(normalize_key(k) for k in world["methods"].get("document_link_keys", ())),
        issued_link_keys=frozenset(normalize_key(k) for k in world["methods"].get("issued_link_keys", ())),
        text_methods=frozenset(world["methods"].get("text_methods", ())),
        record_iterators=_type_refs(world["methods"].get("record_iterators", ())),
        table_indexers={f"ext:{t['attr']}": int(t["columns"]) for t in world["methods"].get("table_indexers", ())},
        positional_indexers=frozenset(
            f"ext:{t['attr']}" for t in world["methods"].get("table_indexers", ()) if t.get("positional", False)
        ),
        column_selectors=tuple(
            (c["call"], _specs(c["args"]), ArgSpec.parse(c["needs"]) if "needs" in c else None)
            for c in world["methods"].get("column_selectors", ())
        ),
        replace_calls=frozenset(world["methods"]["replace_calls"]),
        identity_calls=frozenset(world["methods"]["identity_calls"]),
        data_calls=frozenset(world["methods"]["data_calls"]) | frozenset(world["methods"].get("value_tuples", ())),
        data_methods=frozenset(world["methods"].get("data_methods", ())),
        remote_objects=frozenset(world["methods"].get("remote_objects", ())),
        exception_texts=frozenset(world["methods"].get("exception_texts", ())),
        exception_info=frozenset(world["methods"].get("exception_info", ())),
        gathers=frozenset(world["methods"].get("gathers", ())),
        key_removers=frozenset(world["methods"].get("key_removers", ())),
        value_tuples=frozenset(world["methods"].get("value_tuples", ())),
        field_lists=frozenset(world["methods"].get("field_lists", ())),
        field_name_attrs=frozenset(world["methods"].get("field_name_attrs", ())),
        record_bases=frozenset("ext:" + b for b in world["methods"].get("record_bases", ())),
        match_args_attrs=frozenset(world["methods"].get("match_args_attrs", ())),
        dataclass_decorators=frozenset(world["methods"].get("dataclass_decorators", ())),
        record_factories=frozenset(world["methods"]["record_factories"]),
        clean_methods=frozenset(world["methods"]["clean"]),
        orm_models=frozenset(world["orm"]["models"]),
        orm_managers=frozenset(world["orm"]["managers"]),
        orm_manager_types=frozenset(world["orm"].get("manager_types", ())),
        orm_manager_makers=frozenset(world["orm"].get("manager_makers", ())),
        orm_many=frozenset(world["orm"]["many"]),
        orm_counts=frozenset(world["orm"].get("counts", ())),
        orm_queries=frozenset(world["orm"].get("queries", ())),
        orm_adds=frozenset(world["orm"].get("adds", ())),
        orm_statements=frozenset(world["orm"].get("statements", ())),
        orm_statement_methods=frozenset(world["orm"].get("statement_methods", ())),
        orm_statement_queries=frozenset(world["orm"].get("statement_queries", ())),
        orm_statement_rows=frozenset(world["orm"].get("statement_rows", ())),
        orm_encrypted_fields=frozenset(world["orm"].get("encrypted_fields", ())),
        orm_column_declarations=frozenset(world["orm"].get("column_declarations", ())),
        orm_relation_fields=frozenset(world["orm"].get("relation_fields", ())),
        digest=digest.hexdigest()[:16],
    )
    for entry in (*cat.sources, *cat.sinks):
        for pattern in (getattr(entry, "path_pattern", None), getattr(entry, "unless_pattern", None), getattr(entry, "sql_pattern", None)):
            if pattern:
                re.compile(pattern)  # a broken pattern fails at load, naming nothing silently
    _CACHED = cat
    return cat


_CACHED: Catalog | None = None
