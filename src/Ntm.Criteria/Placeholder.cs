namespace Ntm.Criteria; internal static class Placeholder { }
