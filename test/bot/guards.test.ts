import { afterEach, describe, expect, it } from 'vitest';
import { Simulation } from '../../app/simulation/simulation.ts';
import { hrOnly, leadOrAbove, saying } from '../../bot/guards.ts';
import { handler } from '../../bot/handler.ts';
import { hears } from '../../bot/triggers.ts';
import { handlerFirst } from '../fakes/handler-first.ts';

const START = new Date('2026-12-01T09:00:00+08:00');
const HR = 'S005';
const STAFF = 'S011';
let sim: Simulation | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

/** The example of docs/features.md: an HR-only command is one handler with a guard. */
const headcount = handler({
  name: 'headcount',
  trigger: hears(/^(\S+)部人数$/),
  guard: hrOnly,
  handle: (ctx, [, department]) => ctx.reply(`${department}部：查到了`),
});

describe('guards', () => {
  it('lets HR use an HR-only command, with what the trigger matched', async () => {
    sim = await Simulation.create({ start: START, features: handlerFirst(headcount) });
    expect((await sim.say(HR, '社工部人数')).map((s) => s.text)).toEqual(['社工部：查到了']);
  });

  it('refuses anyone else politely, and the message goes no further (not to the Q&A)', async () => {
    sim = await Simulation.create({ start: START, features: handlerFirst(headcount) });
    expect((await sim.say(STAFF, '社工部人数')).map((s) => s.text)).toEqual([hrOnly.refusal]);
  });

  it('refuses in a group where it was asked, in the feature’s own words when it has them', async () => {
    const own = { ...headcount, guard: saying(leadOrAbove, '抱歉，人数只有人力资源部和组长可以查看。') };
    sim = await Simulation.create({ start: START, features: handlerFirst(own) });
    const sent = await sim.say(STAFF, '社工部人数', { room: 'staff-group', mention: true });
    expect(sent).toEqual([
      expect.objectContaining({ room: 'staff-group', text: '抱歉，人数只有人力资源部和组长可以查看。' }),
    ]);
  });
});
