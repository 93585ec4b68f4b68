import { pick, pickWeighted } from "@dongting/subgraph-kit/seed";
import { randomFor } from "./random.js";

/** Common surnames, weighted roughly by frequency, with some that are common in Hubei (涂, 喻, 熊, 万). */
const SURNAMES: ReadonlyArray<readonly [string, number]> = [
  ["王", 72],
  ["李", 71],
  ["张", 67],
  ["刘", 52],
  ["陈", 45],
  ["杨", 31],
  ["黄", 23],
  ["赵", 20],
  ["周", 20],
  ["吴", 20],
  ["徐", 15],
  ["孙", 15],
  ["胡", 16],
  ["朱", 13],
  ["高", 12],
  ["林", 12],
  ["何", 12],
  ["郭", 11],
  ["马", 11],
  ["罗", 9],
  ["梁", 9],
  ["宋", 8],
  ["郑", 8],
  ["谢", 7],
  ["韩", 7],
  ["唐", 7],
  ["冯", 7],
  ["于", 6],
  ["董", 6],
  ["程", 7],
  ["曹", 6],
  ["袁", 6],
  ["邓", 6],
  ["许", 6],
  ["傅", 5],
  ["沈", 5],
  ["曾", 5],
  ["彭", 6],
  ["吕", 5],
  ["苏", 5],
  ["卢", 5],
  ["蒋", 5],
  ["蔡", 5],
  ["贾", 4],
  ["丁", 4],
  ["魏", 4],
  ["薛", 4],
  ["叶", 4],
  ["余", 5],
  ["潘", 4],
  ["杜", 4],
  ["戴", 4],
  ["夏", 4],
  ["钟", 3],
  ["汪", 4],
  ["田", 3],
  ["任", 3],
  ["姜", 3],
  ["范", 3],
  ["方", 3],
  ["石", 3],
  ["姚", 3],
  ["谭", 3],
  ["廖", 3],
  ["邹", 3],
  ["熊", 5],
  ["金", 3],
  ["陆", 3],
  ["郝", 2],
  ["孔", 2],
  ["白", 2],
  ["崔", 2],
  ["毛", 2],
  ["邱", 2],
  ["秦", 2],
  ["江", 2],
  ["史", 2],
  ["顾", 2],
  ["侯", 2],
  ["邵", 2],
  ["孟", 2],
  ["龙", 2],
  ["万", 3],
  ["段", 2],
  ["雷", 2],
  ["钱", 2],
  ["汤", 2],
  ["黎", 2],
  ["易", 2],
  ["贺", 2],
  ["涂", 3],
  ["喻", 2],
  ["聂", 2],
  ["柯", 2],
  ["舒", 1],
  ["查", 1],
  ["艾", 1],
  ["童", 1],
  ["左", 1],
  ["严", 2],
];

const MASCULINE = [..."伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林峰建国志文海东成亮光新德胜祥荣庆武"];
const FEMININE = [..."芳娜敏静丽艳娟霞秀玲英兰萍红梅琳燕倩婷雪慧颖洁琴云莉欣怡萱涵悦佳晶月凤春桂珍"];
const NEUTRAL = [..."晓子思雨小一嘉可安家天振德少永玉"];

/**
 * A plausible Chinese name for generated resident `n`: a weighted surname, then a one- or two-character
 * given name in a masculine or feminine register. Depends only on `n`.
 */
export function generatedName(n: number): string {
  const random = randomFor(1, n);
  const surname = pickWeighted(random, SURNAMES);
  const pool = random() < 0.5 ? MASCULINE : FEMININE;
  if (random() < 0.25) return surname + pick(random, pool);
  const first = random() < 0.3 ? pick(random, NEUTRAL) : pick(random, pool);
  let second = pick(random, pool);
  if (second === first) second = pick(random, pool);
  return surname + first + second;
}

const MOBILE_PREFIXES = [
  "130",
  "131",
  "132",
  "133",
  "134",
  "135",
  "136",
  "137",
  "138",
  "139",
  "150",
  "151",
  "152",
  "153",
  "155",
  "156",
  "157",
  "158",
  "159",
  "166",
  "173",
  "176",
  "177",
  "178",
  "180",
  "181",
  "182",
  "183",
  "185",
  "186",
  "187",
  "188",
  "189",
  "191",
  "198",
  "199",
];

/** A mainland mobile number for generated resident `n`, or null for the few who gave none. */
export function generatedPhone(n: number): string | null {
  const random = randomFor(2, n);
  if (random() < 0.1) return null;
  const rest = Math.floor(random() * 100_000_000)
    .toString()
    .padStart(8, "0");
  return pick(random, MOBILE_PREFIXES) + rest;
}
