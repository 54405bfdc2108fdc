namespace Conversational.Bots.Channels.BotFramework;

/// <summary>No outbound token could be had, so the message waits and is tried again. Its text names the failure, never a secret.</summary>
public sealed class BotFrameworkTokenException(string message, Exception? inner) : Exception(message, inner);
