namespace Conversational.Bots.Channels.Twilio;

/// <summary>
/// Where the sending of a long SMS or WhatsApp message stands, per identity (<see cref="StoredPartProgress{TState}"/>
/// over <see cref="ITwilioState"/>): how many of its parts Twilio took, and whether the last try ended without knowing
/// if Twilio took the next part (a timeout, a dropped connection, a 5xx) and since when, so that part is looked up
/// before it is posted again.
/// </summary>
internal static class TwilioPartProgress
{
    public static StoredPartProgress<TwilioPartState> For(ITwilioState state, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.FindPartsAsync, state.SavePartsAsync, state.ForgetPartsAsync, "Twilio", logger);
    }

    /// <summary>A message's hash: its body as sent and the lengths of its parts.</summary>
    public static string Hash(string body, IReadOnlyList<string> parts)
    {
        using var hash = new PartHash();
        return hash.Add(body).AddLengths(parts).Hex();
    }
}
