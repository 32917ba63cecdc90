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
    /// `slots`: how many `@Parameter` properties the made cmdlet has, when known (see ``ParameterValues``).
    package static func collect<T>(derivingDeclarations derives: Bool = false, slots: Int = 0,
                                   _ make: () -> T) -> (T, ParameterValues) {
        let storage = ParameterValues(derives: derives, slots: slots)
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
        guard let raw = pthread_getspecific(key) else {
            let storage = ParameterValues(derives: false)
            return (storage, storage.add(declare: declare, valueType: valueType, hasDefault: hasDefault))
        }
        // The collector keeps the storage alive while the cmdlet is made: no reference is taken to add to it.
        let collected = Unmanaged<ParameterValues>.fromOpaque(raw)
        let index = collected._withUnsafeGuaranteedRef { $0.add(declare: declare, valueType: valueType, hasDefault: hasDefault) }
        return (collected.takeUnretainedValue(), index)
    }
}
