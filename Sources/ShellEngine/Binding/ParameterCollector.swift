#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a new cmdlet's `@Parameter` properties without reflection: each one registers itself while the
/// cmdlet is initialised, in declaration order, with the collector of the thread that creates it. A
/// script binds the same cmdlets a hundred thousand times, and reflecting on each new instance would cost
/// more than binding does.
package enum ParameterCollector {
    private final class Collection {
        var parameters: [any DeclaredParameter] = []
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    /// Runs `make` and returns what it made with the parameters declared by the instances it initialised.
    package static func collect<T>(_ make: () -> T) -> (T, [any DeclaredParameter]) {
        let collection = Collection()
        let previous = pthread_getspecific(key)
        pthread_setspecific(key, Unmanaged.passUnretained(collection).toOpaque())
        defer { pthread_setspecific(key, previous) }
        let made = withExtendedLifetime(collection) { make() }
        return (made, collection.parameters)
    }

    static func register(_ parameter: any DeclaredParameter) {
        guard let raw = pthread_getspecific(key) else { return }
        Unmanaged<Collection>.fromOpaque(raw).takeUnretainedValue().parameters.append(parameter)
    }
}
