//go:build !race

package meeting

const raceDetector = false
