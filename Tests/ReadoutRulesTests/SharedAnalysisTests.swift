import ReadoutModel
@testable import ReadoutRules
import Synchronization
import Testing

struct SharedAnalysisTests {
    @Test func builtOnceHoweverManyAskAtOnce() {
        let shared = SharedAnalysis<[Int]>()
        let builds = Atomic<Int>(0)
        let seen = Parallel.map(32) { _ in
            shared.value {
                builds.wrappingAdd(1, ordering: .relaxed)
                return Array(0..<1000)
            }
        }
        #expect(builds.load(ordering: .relaxed) == 1)
        #expect(seen.allSatisfy { $0.count == 1000 })
    }

    @Test func builtOncePerKeyHoweverManyAskAtOnce() {
        let shared = KeyedSharedAnalysis<Int, [Int]>()
        let builds = Atomic<Int>(0)
        let seen = Parallel.map(64) { asker in
            shared.value(for: asker % 4) {
                builds.wrappingAdd(1, ordering: .relaxed)
                return [asker % 4]
            }
        }
        #expect(builds.load(ordering: .relaxed) == 4)
        #expect(seen.enumerated().allSatisfy { $1 == [$0 % 4] })
    }
}
