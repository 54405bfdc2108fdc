namespace Conversational.Bots.Channels.Twilio;

/// <summary>The parts of a message Twilio took; when the next one may have been taken unseen, since when.</summary>
public readonly record struct TwilioPartState(int Sent, DateTimeOffset? UncertainSince);
