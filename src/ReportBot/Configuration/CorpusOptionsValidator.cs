using Microsoft.Extensions.Options;
using ReportBot.Core.Options;

namespace ReportBot.Configuration;

/// <summary>Source-generated: checks the data annotations on <see cref="CorpusOptions"/> at start-up, naming the key that fails.</summary>
[OptionsValidator]
public sealed partial class CorpusOptionsValidator : IValidateOptions<CorpusOptions>;
