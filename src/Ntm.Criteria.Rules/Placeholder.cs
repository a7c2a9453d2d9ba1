namespace Ntm.Criteria.Rules; internal static class Placeholder { }
