module github.com/relbot/relbot/bench

go 1.26.8

require (
	github.com/DavidBelicza/TextRank/v2 v2.1.3
	github.com/didasy/tldr v0.7.0
	github.com/google/go-cmp v0.7.0
	github.com/kljensen/snowball v0.10.0
	github.com/relbot/relbot v0.0.0
)

require (
	github.com/alixaxel/pagerank v0.0.0-20160306110729-14bfb4c1d88c // indirect
	github.com/sashabaranov/go-openai v1.43.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)

replace github.com/relbot/relbot => ../
