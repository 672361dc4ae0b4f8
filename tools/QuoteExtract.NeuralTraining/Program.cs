using QuoteExtract.NeuralTraining;

// The neural tagger's data preparation. Usage:
//   encode GOLD.jsonl OUTDIR [LAYERS]   write the tagger's inputs (encoder vectors + rule inputs) and gold labels
//   predict GOLD.jsonl HEAD.onnx OUT.jsonl [W]   neural-mode predictions with a head model (and its .json card) from files;
//                                            W overrides the card's transition weight
//   encode-windows GOLD.jsonl OUTDIR LAYER   write one pretrained layer's output (−1: the embeddings) at every window row, for fine-tuning
//   export-encoder DIR          write the embedded MiniLM model and vocabulary to DIR
//   spans GOLD.jsonl OUT.jsonl  the decoded tagger spans of every document, before grouping
return args switch
{
    ["encode", var gold, var output] => Encoding.Run(gold, output, [5]),
    ["encode", var gold, var output, var layers] => Encoding.Run(gold, output, [.. layers.Split(',').Select(int.Parse)]),
    ["encode-windows", var gold, var output, var layer] => WindowEncoding.Run(gold, output, int.Parse(layer, System.Globalization.CultureInfo.InvariantCulture)),
    ["export-encoder", var directory] => ExportEncoder(directory),
    ["spans", var gold, var output] => SpanDump.Run(gold, output),
    ["predict", var gold, var model, var output] => Prediction.Run(gold, model, output),
    ["predict", var gold, var model, var output, var weight] => Prediction.Run(gold, model, output, float.Parse(weight, System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int ExportEncoder(string directory)
{
    QuoteExtract.Neural.MiniLmEncoder.Export(directory);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: encode GOLD.jsonl OUTDIR | export-encoder DIR");
    return 2;
}
