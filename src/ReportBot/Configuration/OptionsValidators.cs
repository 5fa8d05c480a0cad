using Microsoft.Extensions.Options;
using ReportBot.Core.Options;

namespace ReportBot.Configuration;

// Source-generated validators: the data annotations on each options class are checked at start-up,
// and a failure names the offending key.

[OptionsValidator]
public sealed partial class CorpusOptionsValidator : IValidateOptions<CorpusOptions>;

[OptionsValidator]
public sealed partial class DataOptionsValidator : IValidateOptions<DataOptions>;

[OptionsValidator]
public sealed partial class AnswerOptionsValidator : IValidateOptions<AnswerOptions>;
