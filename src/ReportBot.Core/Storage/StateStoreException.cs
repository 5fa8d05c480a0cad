namespace ReportBot.Core.Storage;

/// <summary>
/// The state store could not do what was asked (a full disk, a read-only or locked file). Ports that touch stored
/// state (digest subscriptions, votes) throw it instead of their storage's own exception type, so conversations can
/// answer "not saved, try again" without knowing what the store is.
/// </summary>
public sealed class StateStoreException(string message, Exception? innerException = null) : Exception(message, innerException);
