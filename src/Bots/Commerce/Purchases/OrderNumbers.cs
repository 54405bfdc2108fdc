using System.Security.Cryptography;
using System.Text;

namespace Conversational.Bots.Commerce.Purchases;

/// <summary>
/// Order numbers derived from the message that started the purchase ("DE-7K3QX2MPRA": two letters of the merchant, ten
/// characters of a hash, 50 bits: a collision is unlikely below tens of millions of carts), so the same message always
/// gives the same order and its money ids.
/// </summary>
public static class OrderNumbers
{
    // No 0/O, 1/I: people read these numbers out on the phone.
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string For(string merchant, string seed)
    {
        ArgumentNullException.ThrowIfNull(merchant);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(merchant + "|" + seed));
        var prefix = new string([.. merchant.Where(char.IsAsciiLetter).Take(2).Select(char.ToUpperInvariant)]).PadRight(2, 'X');
        var text = new StringBuilder(prefix).Append('-');
        var bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < 10; i++)
        {
            text.Append(Alphabet[(int)(bits & 31)]);
            bits >>= 5;
        }
        return text.ToString();
    }
}
