import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Watches one directory with inotify and, on a second thread, stats one file name in it as fast as it
/// can, so a test can show what the file looked like while another component created it: every mode it
/// was ever seen with (per inode), and whether anything changed its attributes (chmod) after creation.
package final class DirectoryWatch: @unchecked Sendable {
    package struct Event: Equatable {
        package var name: String
        package var mask: UInt32
    }

    package let directory: String
    package let name: String
    private let inotify: Int32
    private let lock = NSLock()
    private var stopRequested = false
    private var observed: [UInt64: Set<UInt32>] = [:]
    private var polls = 0
    private let finished = DispatchSemaphore(value: 0)
    /// The poller gives up after this many stat calls even if never stopped (a fixed bound, not a time).
    static let pollLimit = 20_000_000

    /// Starts watching `directory` for changes to `name`.
    package init(directory: String, name: String) throws {
        self.directory = directory
        self.name = name
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { throw POSIXError(.EIO) }
        let mask = UInt32(IN_CREATE | IN_ATTRIB | IN_MOVED_TO | IN_MOVED_FROM | IN_CLOSE_WRITE | IN_MODIFY)
        guard inotify_add_watch(inotify, directory, mask) >= 0 else {
            close(inotify)
            throw POSIXError(.EIO)
        }
        let path = directory + "/" + name
        let thread = Thread { [self] in
            var count = 0
            var status = stat()
            var stopping = false
            // After the stop request, one more look: the file as the writer left it is always seen.
            while count < Self.pollLimit {
                count += 1
                if lstat(path, &status) == 0 {
                    let inode = UInt64(status.st_ino)
                    let mode = UInt32(status.st_mode) & 0o7777
                    lock.lock()
                    observed[inode, default: []].insert(mode)
                    lock.unlock()
                }
                if stopping { break }
                if count % 64 == 0 {
                    lock.lock()
                    stopping = stopRequested
                    lock.unlock()
                }
            }
            lock.lock()
            polls = count
            lock.unlock()
            finished.signal()
        }
        thread.start()
    }

    deinit { close(inotify) }

    /// Stops the poller; returns the modes seen per inode and the number of stat calls made.
    package func stop() -> (modes: [UInt64: Set<UInt32>], polls: Int) {
        lock.lock()
        stopRequested = true
        lock.unlock()
        finished.wait()
        lock.lock()
        defer { lock.unlock() }
        return (observed, polls)
    }

    /// The inotify events so far for `name`.
    package func events() -> [Event] {
        var result: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(inotify, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            while offset + 16 <= count {
                let mask = buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 4, as: UInt32.self) }
                let length = Int(buffer.withUnsafeBytes { $0.load(fromByteOffset: offset + 12, as: UInt32.self) })
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                let eventName = String(decoding: nameBytes, as: UTF8.self)
                if eventName == name { result.append(Event(name: eventName, mask: mask)) }
                offset += 16 + length
            }
        }
        return result
    }

    /// True when an event in `events` changed the file's attributes (chmod, chown) rather than creating,
    /// writing or renaming it.
    package static func changedAttributes(_ events: [Event]) -> Bool {
        events.contains { $0.mask & UInt32(IN_ATTRIB) != 0 }
    }
}
