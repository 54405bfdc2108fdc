namespace Conversational.Commands;

/// <summary>How a link or unlink names the other channel identity.</summary>
public enum LinkTargetKind
{
    /// <summary>A phone number in E.164 (its SMS and WhatsApp identities).</summary>
    Phone,

    /// <summary>A person's @handle (every channel identity of that person).</summary>
    Handle,

    /// <summary>A Telegram user by username ("telegram @lea"), or every Telegram identity when no username is given.</summary>
    Telegram,

    /// <summary>A web chat name ("web alice"), or every web chat identity when no name is given.</summary>
    WebChat,
}
