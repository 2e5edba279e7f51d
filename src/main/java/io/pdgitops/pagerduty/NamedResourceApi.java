package io.pdgitops.pagerduty;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The calls PagerDuty offers alike for its named top-level objects (services, escalation policies, teams): list
 * all, find by name, get, create, update, delete.
 *
 * @param <T> the object as read
 * @param <W> the body of a create or update
 */
public abstract class NamedResourceApi<T, W> {

    /**
     * Where and how one kind of object lives, e.g. {@code /services}, {@code service} / {@code services}.
     *
     * @param listQuery sent with every list read, e.g. the {@code include[]} that make a list complete
     * @param getQuery  sent with every single-object read
     */
    record Kind<T>(String collection, String singular, String plural, Class<T> type, Function<T, String> idOf,
            Function<T, String> nameOf, Query listQuery, Query getQuery) {

        ApiPath list() {
            return ApiPath.of(collection);
        }

        ApiPath one(String id) {
            return ApiPath.of(collection + "/{id}", id);
        }
    }

    final Entities entities;
    private final Kind<T> kind;

    NamedResourceApi(Entities entities, Kind<T> kind) {
        this.entities = entities;
        this.kind = kind;
    }

    /** Every object, about one call per hundred. */
    public List<T> list() {
        return read(entities.getAll(kind.list(), kind.listQuery(), kind.plural(), kind.type(), kind.idOf()));
    }

    /**
     * The objects whose name is exactly {@code name}. PagerDuty's {@code query} is a loose match, so the exact
     * comparison happens here; more than one result means live objects share the name.
     */
    public List<T> findByName(String name) {
        return read(entities.getAll(kind.list(), kind.listQuery().with("query", name), kind.plural(), kind.type(),
                kind.idOf()).stream().filter(item -> name.equals(kind.nameOf().apply(item))).toList());
    }

    public T get(String id) {
        return get(id, kind.getQuery());
    }

    /**
     * Never repeated after a 5xx or timeout, since PagerDuty may have created the object: the exception is then
     * {@link PagerDutyException#retryable()}, and {@link #findByName} tells whether it exists before trying again.
     */
    public T create(W body) {
        return create(body, Query.none());
    }

    /** A partial update: fields left null in {@code changes} stay as they are. */
    public T update(String id, W changes) {
        return update(id, changes, Query.none());
    }

    public void delete(String id) {
        entities.delete(kind.one(id), Query.none());
    }

    T get(String id, Query query) {
        return fromWire(entities.get(kind.one(id), query, kind.singular(), kind.type()));
    }

    T create(W body, Query query) {
        Objects.requireNonNull(body, "body");
        return fromWire(entities.create(kind.list(), query, kind.singular(), toWire(body), kind.type()));
    }

    T update(String id, W changes, Query query) {
        Objects.requireNonNull(changes, "changes");
        return fromWire(entities.update(kind.one(id), query, kind.singular(), toWire(changes), kind.type()));
    }

    /** What every object read from PagerDuty goes through before a caller sees it. */
    T fromWire(T read) {
        return read;
    }

    /** What every create or update body goes through before it is sent. */
    W toWire(W write) {
        return write;
    }

    private List<T> read(List<T> items) {
        return items.stream().map(this::fromWire).toList();
    }
}
