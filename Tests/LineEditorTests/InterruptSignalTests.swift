#if canImport(Glibc)
import Glibc
#endif
import Testing

@testable import LineEditor

extension InterruptFlagTests {
    /// These tests share the process-wide interrupt flag, so they run one after another.
    @Suite(.serialized) struct InterruptSignalTests {
        @Test func realSigintSetsTheFlagInsteadOfKillingTheProcess() {
            InterruptSignal.install()
            _ = InterruptSignal.takePending()
            kill(getpid(), SIGINT)
            var waited = 0
            while !InterruptSignal.isPending, waited < 200 {
                usleep(5000)
                waited += 1
            }
            #expect(InterruptSignal.isPending)
            #expect(InterruptSignal.takePending())
            #expect(!InterruptSignal.takePending())
        }

        @Test func pendingInterruptCutsSleepShortAndStaysPending() {
            InterruptSignal.install()
            InterruptSignal.raise()
            #expect(!InterruptSignal.sleep(seconds: 5))
            #expect(InterruptSignal.takePending())
        }

        @Test func sleepWithoutInterruptCompletes() {
            InterruptSignal.install()
            _ = InterruptSignal.takePending()
            var before = timespec()
            clock_gettime(CLOCK_MONOTONIC, &before)
            #expect(InterruptSignal.sleep(seconds: 0.12))
            var after = timespec()
            clock_gettime(CLOCK_MONOTONIC, &after)
            let elapsed = Double(after.tv_sec - before.tv_sec) + Double(after.tv_nsec - before.tv_nsec) / 1e9
            #expect(elapsed >= 0.11)
        }

        @Test func sigintDuringSleepWakesIt() {
            InterruptSignal.install()
            _ = InterruptSignal.takePending()
            var sender = pthread_t()
            _ = pthread_create(&sender, nil, { _ in
                usleep(100_000)
                kill(getpid(), SIGINT)
                return nil
            }, nil)
            var before = timespec()
            clock_gettime(CLOCK_MONOTONIC, &before)
            let completed = InterruptSignal.sleep(seconds: 10)
            var after = timespec()
            clock_gettime(CLOCK_MONOTONIC, &after)
            pthread_join(sender, nil)
            #expect(!completed)
            #expect(after.tv_sec - before.tv_sec < 3)
            #expect(InterruptSignal.takePending())
        }

        @Test func pendingInterruptEndsAWaitForInputAndIsTaken() {
            InterruptSignal.install()
            var ends: [Int32] = [0, 0]
            #expect(pipe(&ends) == 0)
            defer {
                close(ends[0])
                close(ends[1])
            }
            InterruptSignal.raise()
            var input = StandardInputLines(descriptor: ends[0])
            #expect(input.next() == .interrupted)
            #expect(!InterruptSignal.isPending)
            let bytes = Array("after\n".utf8)
            _ = bytes.withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
            #expect(input.next() == .line("after"))
        }
    }
}
