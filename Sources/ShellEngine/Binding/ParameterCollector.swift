#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Collects what a cmdlet type's `@Parameter` properties declare, without reflection on their arguments: metadata
/// derivation makes one instance inside ``collectDeclarations(_:)``, and each property, as the cmdlet is
/// initialised, adds its declaration to the collection the thread holds. Outside a derivation a property's init
/// declares nothing: a script makes the same cmdlets a hundred thousand times, and each property then only checks
/// one counter.
@usableFromInline
package enum ParameterCollector {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// How many derivations are under way, on any thread. A thread that sees one under way elsewhere looks for its
    /// own collection and finds none.
    @usableFromInline static let derivations = Atomic<Int>(0)

    /// Whether a derivation may be under way on this thread (the properties then declare themselves).
    @inlinable
    package static var isDeriving: Bool { derivations.load(ordering: .relaxed) != 0 }

    /// Runs `make` and returns what it made with what its `@Parameter` properties declared.
    static func collectDeclarations<T>(_ make: () -> T) -> (T, ParameterDeclarations) {
        let collection = ParameterDeclarations()
        derivations.add(1, ordering: .sequentiallyConsistent)
        defer { derivations.subtract(1, ordering: .sequentiallyConsistent) }
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(collection).toOpaque())
        defer { pthread_setspecific(key, previous) }
        let made = withExtendedLifetime(collection) { make() }
        return (made, collection)
    }

    /// Adds the declaration of the property being initialised to this thread's collection and returns its place in
    /// initialisation order; `nil` when this thread derives nothing (another thread does).
    @usableFromInline
    package static func declare(_ declare: () -> ParameterDeclaration, valueType: any ParameterValue.Type, hasDefault: Bool) -> Int? {
        guard let raw = pthread_getspecific(key) else { return nil }
        // The collection is kept alive by `collectDeclarations` while the cmdlet is made.
        return Unmanaged<ParameterDeclarations>.fromOpaque(raw)._withUnsafeGuaranteedRef {
            $0.add(declare(), valueType: valueType, hasDefault: hasDefault)
        }
    }
}
