import SafeguardKernels
import Testing

@Suite struct ParallelTests {
  @Test(arguments: [0, 1, 2, 7])
  func resultsComeBackInTheJobsOrder(count: Int) {
    let jobs: [@Sendable () -> Int] = (0..<count).map { i in { i * i } }
    #expect(Parallel.results(jobs) == (0..<count).map { $0 * $0 })
  }
}
