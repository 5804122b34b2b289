//go:build race

package meeting

// raceDetector tells the set floors that the race detector slows this run
// about tenfold.
const raceDetector = true
