namespace Conversational.Bots.Channels.BotFramework;

/// <summary>What <see cref="ConnectorTokenValidator"/> made of a request's Authorization header.</summary>
public abstract record ConnectorAuthentication
{
    private ConnectorAuthentication()
    {
    }

    /// <summary>No AppId is configured (the Emulator, Development only): nothing was checked.</summary>
    public sealed record Anonymous : ConnectorAuthentication;

    /// <summary>
    /// A valid Bot Connector token: issuer, audience, lifetime and signature checked. What is left to check against the
    /// activity: its channelId among the signing key's <paramref name="Endorsements"/>, its serviceUrl equal to the
    /// token's <paramref name="ServiceUrl"/> claim.
    /// </summary>
    public sealed record Verified(string? ServiceUrl, IReadOnlyList<string> Endorsements) : ConnectorAuthentication;

    /// <summary>Missing, malformed, forged, expired or for another bot: 401.</summary>
    public sealed record Refused(string Reason) : ConnectorAuthentication;

    /// <summary>The keys could not be fetched: 503, so the Connector tries again.</summary>
    public sealed record Unavailable(string Reason) : ConnectorAuthentication;

    /// <summary>Why this activity may not be accepted with this authentication, or null when it may.</summary>
    public string? RefusalFor(BotFrameworkActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return this switch
        {
            Anonymous => null,
            Verified verified when !verified.Endorsements.Contains(activity.ChannelId ?? "", StringComparer.Ordinal) =>
                "the signing key is not endorsed for the activity's channel",
            Verified verified when verified.ServiceUrl is null || !string.Equals(verified.ServiceUrl, activity.ServiceUrl, StringComparison.Ordinal) =>
                "the token's serviceurl claim does not match the activity's serviceUrl",
            Verified => null,
            Refused refused => refused.Reason,
            Unavailable unavailable => unavailable.Reason,
            _ => throw new InvalidOperationException("Unknown authentication result."),
        };
    }
}
