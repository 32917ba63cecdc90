#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs work on a thread with a large stack.
///
/// The parser is recursive descent and allows `ScriptParser.maximumDepth` levels of nesting; in a
/// debug build one level of `( )` can take tens of kilobytes of stack, more than a secondary thread
/// has. The stack is reserved, not committed, so an unused large stack costs address space only.
enum DeepStack {
    static let stackSize = 256 << 20

    private final class Job: @unchecked Sendable {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    /// Runs `work` to completion on a large-stack thread (or inline when no thread can be made).
    static func run(_ work: @escaping () -> Void) {
        guard let thread = start(work) else { return work() }
        thread.join()
    }

    /// A running large-stack thread, joined once.
    struct Thread {
        #if canImport(Darwin)
        fileprivate let handle: pthread_t
        #elseif canImport(Glibc) || canImport(Musl)
        fileprivate let handle: pthread_t
        #endif

        func join() {
            #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
            pthread_join(handle, nil)
            #endif
        }
    }

    /// Starts `work` on a new large-stack thread; `nil` (and `work` not run) when no thread can be made.
    static func start(_ work: @escaping () -> Void) -> Thread? {
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        var attributes = pthread_attr_t()
        guard pthread_attr_init(&attributes) == 0 else { return nil }
        defer { pthread_attr_destroy(&attributes) }
        guard pthread_attr_setstacksize(&attributes, stackSize) == 0 else { return nil }
        let job = Unmanaged.passRetained(Job(work))
        #if canImport(Darwin)
        var thread: pthread_t?
        #else
        var thread = pthread_t()
        #endif
        let created = pthread_create(&thread, &attributes, { raw in
            if let raw {
                Unmanaged<Job>.fromOpaque(raw).takeRetainedValue().work()
            }
            return nil
        }, job.toOpaque())
        guard created == 0 else {
            job.release()
            return nil
        }
        #if canImport(Darwin)
        guard let thread else { return nil }
        #endif
        return Thread(handle: thread)
        #else
        return nil
        #endif
    }
}
