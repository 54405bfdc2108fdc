namespace Conversational.Bots.Conversations;

/// <summary>A person as one channel knows them: "web" + "alice", "telegram" + "123456789", "sms" + "+33612345678".</summary>
public sealed record ChannelIdentity(string Channel, string SenderId)
{
    public const string WebChannel = "web";
    public const string SmsChannel = "sms";
    public const string WhatsAppChannel = "whatsapp";

    /// <summary>The sender's phone number (E.164) when the channel is a phone (SMS, WhatsApp); it may claim money sent to it.</summary>
    public string? PhoneNumber => Channel is SmsChannel or WhatsAppChannel ? SenderId : null;

    /// <summary>The handle a new person gets: the web chat's name is the handle people write.</summary>
    public string? Handle => Channel == WebChannel ? SenderId : null;

    /// <summary>"web:alice": the identity as one string, for keys.</summary>
    public string Key => Channel + ":" + SenderId;

    /// <summary>The identity a <see cref="Key"/> names ("sms:+33612345678": the channel is up to the first ':').</summary>
    public static ChannelIdentity FromKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? throw new FormatException($"'{key}' is not channel:sender.") : new ChannelIdentity(key[..colon], key[(colon + 1)..]);
    }

    public override string ToString() => Key;
}
