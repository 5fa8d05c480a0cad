namespace ReportBot.Configuration;

/// <summary>
/// Settings a person must change before the bot can run (a secret in a settings file). The CLI prints its message
/// and exits 1; any other exception is a bug and keeps its stack trace.
/// </summary>
public sealed class ConfigurationException(string message) : Exception(message);
