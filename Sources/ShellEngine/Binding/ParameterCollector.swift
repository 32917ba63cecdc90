#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Gives a new cmdlet's `@Parameter` properties their storage without reflection: the binder makes the
/// cmdlet inside ``collect(derivingDeclarations:_:)``, and each property, as the cmdlet is initialised,
/// takes the next index of the storage the thread's collector holds. A script makes the same cmdlets a
/// hundred thousand times; reflecting on each new instance would cost more than binding does.
@usableFromInline
package enum ParameterCollector {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `make` and returns what it made with the storage its parameters took.
    package static func collect<T>(derivingDeclarations derives: Bool = false, capacity: Int = 16,
                                   _ make: () -> T) -> (T, ParameterValues) {
        let storage = ParameterValues(derives: derives, capacity: capacity)
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(storage).toOpaque())
        defer { pthread_setspecific(key, previous) }
        let made = withExtendedLifetime(storage) { make() }
        return (made, storage)
    }

    /// The storage and index of the property being initialised (a storage of its own outside a collector).
    /// `declare` runs only while the type's metadata is derived.
    @usableFromInline
    package static func place(declare: () -> ParameterDeclaration, valueType: any ParameterValue.Type,
                              hasDefault: Bool) -> (ParameterValues, Int) {
        let storage: ParameterValues
        if let raw = pthread_getspecific(key) {
            storage = Unmanaged<ParameterValues>.fromOpaque(raw).takeUnretainedValue()
        } else {
            storage = ParameterValues(derives: false)
        }
        return (storage, storage.add(declare: declare, valueType: valueType, hasDefault: hasDefault))
    }
}
