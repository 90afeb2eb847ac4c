module github.com/yafault/yafault/examples/generated

go 1.26

replace github.com/yafault/yafault => ../..

require github.com/yafault/yafault v0.0.0-00010101000000-000000000000

require github.com/beevik/etree v1.8.1 // indirect
