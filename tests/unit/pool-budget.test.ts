import { describe, expect, it } from "vitest";
import { poolShares, PoolBudgetError } from "@/lib/pool-budget";

const sum = (s: ReturnType<typeof poolShares>) => s.prisma + s.feeds + s.rateLimits + s.jobs;

describe("connection budget", () => {
  it("splits the default 10 connections between the four pools", () => {
    expect(poolShares(10, true)).toEqual({ prisma: 4, feeds: 2, rateLimits: 1, jobs: 3, jobConcurrency: 1 });
  });

  it("never hands out more than the budget, and every pool gets at least one", () => {
    for (const jobs of [true, false]) {
      for (let total = jobs ? 6 : 3; total <= 100; total++) {
        const s = poolShares(total, jobs);
        expect(sum(s)).toBe(total);
        expect(Math.min(s.prisma, s.feeds, s.rateLimits)).toBeGreaterThanOrEqual(1);
        expect(s.jobs).toBe(jobs ? s.jobConcurrency + 2 : 0);
      }
    }
  });

  it("gives a large instance a second concurrent job", () => {
    expect(poolShares(20, true)).toEqual({ prisma: 10, feeds: 4, rateLimits: 2, jobs: 4, jobConcurrency: 2 });
  });

  it("refuses a budget too small for the pools, saying how small it may be", () => {
    expect(() => poolShares(5, true)).toThrow(PoolBudgetError);
    expect(() => poolShares(5, true)).toThrow(/at least 6/);
    expect(() => poolShares(2, false)).toThrow(/at least 3/);
  });
});
